'use client';

import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import {
  acceptCurrent,
  removeLine,
  restoreLine,
  setNote,
  setQuantity,
} from '@/lib/domain/list-edit';
import { viewList } from '@/lib/domain/list-view';
import { EMPTY_LIST, type SourcingList } from '@/lib/domain/sourcing-list';
import { skuLabel } from '@/lib/domain/skus';
import { CsvImport } from './csv-import';
import { ListBody } from './list-body';
import { useSourcingList } from './list-store';
import { ListToolbar } from './list-toolbar';
import { SetAsideNotice, UndoBar } from './notices';
import type { LineActions } from './offer-card';
import { CheckStatus } from './check-status';
import { useCurrentOffers } from './use-current-offers';

type Undo = { message: string; restore: (list: SourcingList) => SourcingList };

/** This browser's sourcing list: editable, checked against current data when opened. */
export function MyList() {
  const t = useTranslations('List');
  const { list, update } = useSourcingList();
  const ids = list?.offers.map((o) => o.id) ?? [];
  const offers = useCurrentOffers(ids);
  const [undo, setUndo] = useState<Undo | null>(null);

  if (!list) {
    return (
      <div role="status" aria-busy="true" className="space-y-3">
        <span className="sr-only">{t('loading')}</span>
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-40 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }

  const view = viewList(list, offers.current);
  const actions: LineActions = {
    onQuantity: (offerId, skuId, q) => update((l) => setQuantity(l, offerId, skuId, q)),
    onNote: (offerId, skuId, note) => update((l) => setNote(l, offerId, skuId, note)),
    onRemove: (offerId, skuId) => {
      const { removed } = removeLine(list, offerId, skuId);
      if (!removed) return;
      update((l) => removeLine(l, offerId, skuId).list);
      setUndo({
        message: t('removed', {
          variant: skuLabel({ attributes: removed.line.variant }),
          title: removed.offer.title,
        }),
        restore: (l) => restoreLine(l, removed),
      });
    },
    onAcceptPrices: (v) => v.product && update((l) => acceptCurrent(l, v.product!)),
  };
  const clear = () => {
    const before = list;
    update(() => EMPTY_LIST);
    setUndo({ message: t('cleared'), restore: () => before });
  };

  return (
    <div className="space-y-4">
      <SetAsideNotice />
      <div role="status" aria-live="polite">
        {undo ? (
          <UndoBar
            message={undo.message}
            onUndo={() => {
              update(undo.restore);
              setUndo(null);
            }}
            onDismiss={() => setUndo(null)}
          />
        ) : null}
      </div>
      {list.offers.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
          <p className="mt-2 text-sm text-slate-600">{t('emptyText')}</p>
          <p className="mt-4 flex flex-wrap items-start justify-center gap-4 text-sm font-medium">
            <Link
              href="/products"
              className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
            >
              {t('findOffers')}
            </Link>
            <CsvImport />
          </p>
        </div>
      ) : (
        <>
          <ListToolbar list={list} view={view} onClear={clear} />
          <CheckStatus offers={offers} count={ids.length} />
          <ListBody view={view} readOnly={false} actions={actions} />
        </>
      )}
    </div>
  );
}
