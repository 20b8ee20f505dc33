'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useRef, useState } from 'react';
import { useListKept } from '@/components/list/list-kept';
import type { ListableProduct } from '@/lib/domain/list-edit';
import type { OfferOrder, Quantities } from '@/lib/domain/order';
import { useUnits } from '@/i18n/units';
import { ListStatus, type ListStatusProps } from './list-status';

type Props = {
  product: ListableProduct;
  quantities: Quantities;
  order: OfferOrder;
  /** Called once the lines are in the list (the form then clears). */
  onAdded: () => void;
};

/**
 * The list and its schema (zod) load when this browser has a list, once the page has hydrated,
 * or when the buyer reaches for the button (pointer, focus, click): an offer page becomes
 * interactive without them, and most visitors have no list.
 */
const loadList = () =>
  Promise.all([
    import('@/components/list/list-store'),
    import('@/lib/domain/list-edit'),
    import('@/lib/domain/sourcing-list'),
    import('./stored-list-status'),
  ]);
const StoredListStatus = lazy(() =>
  import('./stored-list-status').then((m) => ({ default: m.StoredListStatus })),
);

/** Adds the order form's variants to the sourcing list, and says what the list now holds. */
export function AddToList({ product, quantities, order, onAdded }: Props) {
  const t = useTranslations('AddToList');
  const units = useUnits();
  const kept = useListKept();
  const [message, setMessage] = useState('');
  const adding = useRef(false);

  async function add() {
    if (adding.current) return;
    adding.current = true;
    try {
      const [{ updateList }, { addToList }, { MAX_LIST_OFFERS, offerQuantity }] = await loadList();
      try {
        const next = updateList((l) => addToList(l, product, quantities, new Date()));
        const total = offerQuantity(next, product.id);
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
    } catch {
      // The list's scripts could not load (the connection dropped): nothing was added.
      setMessage(t('failed'));
    } finally {
      adding.current = false;
    }
  }

  const status: ListStatusProps = {
    productId: product.id,
    unit: product.unit,
    message,
    empty: order.totalQuantity === 0,
    held: 0,
  };
  const preload = () => void loadList().catch(() => undefined);
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={add}
        onPointerEnter={preload}
        onFocus={preload}
        disabled={order.totalQuantity === 0}
        aria-describedby="add-to-list-status"
        className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600"
      >
        {t('add')}
      </button>
      <p id="add-to-list-status" role="status" className="text-sm text-slate-700">
        {kept && !message ? (
          <Suspense fallback={<ListStatus {...status} />}>
            <StoredListStatus {...status} />
          </Suspense>
        ) : (
          // What the last add said needs no list: it shows at once, and is announced once.
          <ListStatus {...status} />
        )}
      </p>
    </div>
  );
}
