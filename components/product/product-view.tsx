'use client';

import { type ReactNode, useState } from 'react';
import { type OfferState, withOfferState } from '@/lib/domain/offer-state';
import type { Product } from '@/lib/domain/schemas';
import { findSku, type Selection, selectionOf } from '@/lib/domain/skus';
import { OfferFreshness } from './offer-freshness';
import { ProductGallery } from './product-gallery';
import { PurchasePanel } from './purchase-panel';
import { UnavailableNotice } from './unavailable-notice';

type Props = {
  product: Pick<
    Product,
    | 'id'
    | 'title'
    | 'images'
    | 'pricing'
    | 'tiers'
    | 'price'
    | 'moq'
    | 'lotSize'
    | 'unit'
    | 'skus'
    | 'promotion'
    | 'available'
    | 'status'
  >;
  /** Server-rendered title block, placed above the purchase panel. */
  heading: ReactNode;
  /** When the product's figures were fetched from 1688 (the page may be hours old). */
  fetchedAt?: string;
};

/**
 * The interactive top of a product page: the chosen variant drives picture, price and stock;
 * fresh figures fetched on request replace the cached ones; an offer that is not on sale shows
 * why instead of an order form.
 */
export function ProductView({ product: cached, heading, fetchedAt }: Props) {
  const [fresh, setFresh] = useState<OfferState | null>(null);
  const product = fresh ? withOfferState(cached, fresh) : cached;
  const initial = product.skus.find((s) => s.stock > 0) ?? product.skus[0] ?? null;
  const [selection, setSelection] = useState<Selection>(initial ? selectionOf(initial) : {});
  const [quantity, setQuantity] = useState(String(product.moq));
  const [picture, setPicture] = useState(product.images[0]!);
  const sku = product.skus.length ? findSku(product.skus, selection) : null;

  const choose = (axis: string, value: string) => {
    const next = { ...selection, [axis]: value };
    setSelection(next);
    const chosen = findSku(product.skus, next);
    if (chosen?.image) setPicture(chosen.image);
  };

  return (
    <div className="space-y-6">
      {product.available ? null : <UnavailableNotice status={product.status} />}
      <div className="grid gap-8 md:grid-cols-2">
        <ProductGallery
          images={product.images}
          alt={product.title}
          active={picture}
          onSelect={setPicture}
        />
        <div className="space-y-5">
          {heading}
          {fetchedAt ? (
            <OfferFreshness id={product.id} fetchedAt={fetchedAt} onState={setFresh} />
          ) : null}
          {product.available ? (
            <PurchasePanel
              product={product}
              selection={selection}
              onSelect={choose}
              sku={sku}
              quantity={quantity}
              onQuantity={setQuantity}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
