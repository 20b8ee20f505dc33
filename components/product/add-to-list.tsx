'use client';

import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useState } from 'react';
import { updateList, useSourcingList } from '@/components/list/list-store';
import { addToList, type ListableProduct } from '@/lib/domain/list-edit';
import type { OfferOrder, Quantities } from '@/lib/domain/order';
import { countOf } from '@/lib/domain/pricing';

type Props = {
  product: ListableProduct;
  quantities: Quantities;
  order: OfferOrder;
  /** Called once the lines are in the list (the form then clears). */
  onAdded: () => void;
};

/** Adds the order form's variants to the sourcing list, and says what the list now holds. */
export function AddToList({ product, quantities, order, onAdded }: Props) {
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
        `Added ${countOf(order.totalQuantity, product.unit)} in ${order.lines.length} ${order.lines.length === 1 ? 'variant' : 'variants'}. Your list has ${countOf(total, product.unit)} of this offer.`,
      );
      onAdded();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The list could not be saved.');
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
        Add to sourcing list
      </button>
      <p id="add-to-list-status" role="status" className="text-sm text-slate-700">
        {message ||
          (held > 0
            ? `In your list: ${countOf(held, product.unit)} of this offer.`
            : order.totalQuantity === 0
              ? 'Enter quantities to add them to your list.'
              : '')}{' '}
        {held > 0 || message ? (
          <Link href="/list" className="font-medium text-brand-700 underline">
            View your list
          </Link>
        ) : null}
      </p>
    </div>
  );
}
