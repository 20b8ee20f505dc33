'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { importList } from '@/lib/domain/list-edit';
import { viewList } from '@/lib/domain/list-view';
import { decodeShare } from '@/lib/domain/share-link';
import { ListBody } from './list-body';
import { updateList } from './list-store';
import type { LineActions } from './offer-card';
import { CheckStatus } from './check-status';
import { useListText } from './list-text';
import { useCurrentOffers } from './use-current-offers';

const NONE: LineActions = {
  onQuantity: () => undefined,
  onNote: () => undefined,
  onRemove: () => undefined,
  onAcceptPrices: () => undefined,
};

/**
 * A list opened from a share link: read-only, at current prices, ready to import. Links to
 * the buyer's own list are plain links: leaving the fragment must load /list afresh.
 */
export function SharedList({ payload }: { payload: string }) {
  const t = useTranslations('List');
  const text = useListText();
  const [{ list, problem }] = useState(() => decodeShare(payload));
  const offers = useCurrentOffers(list.offers.map((o) => o.id));
  const [imported, setImported] = useState<number | null>(null);

  if (problem) {
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-950">
        <h2 className="text-lg font-semibold">{t('sharedBroken')}</h2>
        <p className="mt-1">{text.problem(problem)}</p>
        <p className="mt-3">
          <a href="/list" className="font-medium underline">
            {t('openYours')}
          </a>
        </p>
      </div>
    );
  }

  const view = viewList(list, offers.current);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sky-950 print:hidden">
        <p className="flex-1">
          {t.rich('sharedIntro', { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <button
          type="button"
          onClick={() => {
            let lines = 0;
            updateList((mine) => {
              const result = importList(mine, list);
              lines = result.lines;
              return result.list;
            });
            setImported(lines);
          }}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t('importShared')}
        </button>
      </div>
      <p role="status" className="text-sm">
        {imported !== null ? (
          <>
            {t('importedShared', { count: imported })}{' '}
            <a href="/list" className="font-medium text-brand-700 underline">
              {t('openMine')}
            </a>
          </>
        ) : null}
      </p>
      <CheckStatus offers={offers} count={list.offers.length} />
      {list.offers.length ? (
        <ListBody view={view} readOnly actions={NONE} />
      ) : (
        <p>{t('sharedEmpty')}</p>
      )}
    </div>
  );
}
