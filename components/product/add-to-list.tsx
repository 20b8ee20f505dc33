'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useState } from 'react';
import { updateList, useSourcingList } from '@/components/list/list-store';
import { addToList, type ListableProduct } from '@/lib/domain/list-edit';
import { MAX_LIST_OFFERS } from '@/lib/domain/sourcing-list';
import type { OfferOrder, Quantities } from '@/lib/domain/order';
import { useUnits } from '@/i18n/units';

type Props = {
  product: ListableProduct;
  quantities: Quantities;
  order: OfferOrder;
  /** Called once the lines are in the list (the form then clears). */
  onAdded: () => void;
};

/** Adds the order form's variants to the sourcing list, and says what the list now holds. */
export function AddToList({ product, quantities, order, onAdded }: Props) {
  const t = useTranslations('AddToList');
  const units = useUnits();
  const { list } = useSourcingList();
  const [message, setMessage] = useState('');
  const inList = list?.offers.find((o) => o.id === product.id);
  const held = inList?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;

  function add() {
    try {
      const next = updateList((l) => addToList(l, product, quantities, new Date()));
      const offer = next.offers.find((o) => o.id === product.id);
      const total = offer?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
      setMessage(
        t('added', {
          quantity: units.count(order.totalQuantity, product.unit),
          variants: order.lines.length,
          total: units.count(total, product.unit),
        }),
      );
      onAdded();
    } catch (error) {
      setMessage(error instanceof RangeError ? t('full', { max: MAX_LIST_OFFERS }) : t('failed'));
    }
  }

  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={add}
        disabled={order.totalQuantity === 0}
        aria-describedby="add-to-list-status"
        className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600"
      >
        {t('add')}
      </button>
      <p id="add-to-list-status" role="status" className="text-sm text-slate-700">
        {message ||
          (held > 0
            ? t('inList', { quantity: units.count(held, product.unit) })
            : order.totalQuantity === 0
              ? t('enter')
              : '')}{' '}
        {held > 0 || message ? (
          <Link href="/list" className="font-medium text-brand-700 underline">
            {t('view')}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
