'use client';

import { useSyncExternalStore } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { sharePayload } from '@/lib/domain/share-link';
import { MyList } from './my-list';
import { SharedList } from './shared-list';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const hash = () => window.location.hash;
const serverHash = () => null;

/**
 * /list: the buyer's own list, or a shared one when the URL's fragment carries it. The page
 * itself is the same for everyone (and cached); all of it happens in the browser.
 */
export function ListPage() {
  const current = useSyncExternalStore(subscribe, hash, serverHash);
  const payload = current === null ? null : sharePayload(current);
  return (
    <div className="space-y-4">
      <div className="print:hidden">
        <h1 className="text-2xl font-semibold">
          {payload ? 'Shared sourcing list' : 'Sourcing list'}
        </h1>
        <p className="text-sm text-slate-600">
          Grouped by supplier: each group is one 1688 order. Tiers are worked out on each offer’s
          total across its variants.
        </p>
      </div>
      {current === null ? (
        <div role="status" aria-busy="true" className="space-y-3">
          <span className="sr-only">Loading your list…</span>
          <Skeleton className="h-10 w-64" />
          <Skeleton className="h-40 w-full" />
        </div>
      ) : (
        <>
          <div className="hidden print:block">
            <p className="text-lg font-semibold">pifa 批发 · Sourcing list</p>
            <p className="text-xs">
              Prices in CNY as of {new Date().toLocaleDateString('en-GB')}; every estimate is an
              estimate, not a quote.
            </p>
          </div>
          {payload ? <SharedList key={payload} payload={payload} /> : <MyList />}
        </>
      )}
    </div>
  );
}
