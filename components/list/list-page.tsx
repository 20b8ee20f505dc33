'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useBrowserValue } from '@/components/storage/hydrated';
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
  const t = useTranslations('List');
  const format = useFormatter();
  const current = useBrowserValue(subscribe, hash, serverHash);
  const payload = current === null ? null : sharePayload(current);
  return (
    <div className="space-y-4">
      <div className="print:hidden">
        <h1 className="text-2xl font-semibold">{payload ? t('sharedTitle') : t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      {current === null ? (
        <div role="status" aria-busy="true" className="space-y-3">
          <span className="sr-only">{t('loading')}</span>
          <Skeleton className="h-10 w-64" />
          <Skeleton className="h-40 w-full" />
        </div>
      ) : (
        <>
          <div className="hidden print:block">
            <p className="text-lg font-semibold">pifa 批发 · {t('title')}</p>
            <p className="text-xs">
              {t('printNote', { date: format.dateTime(new Date(), { dateStyle: 'short' }) })}
            </p>
          </div>
          {payload ? <SharedList key={payload} payload={payload} /> : <MyList />}
        </>
      )}
    </div>
  );
}
