'use client';

import { type ReactNode, useState } from 'react';
import type { Product } from '@/lib/domain/schemas';
import { findSku, type Selection, selectionOf } from '@/lib/domain/skus';
import { ProductGallery } from './product-gallery';
import { PurchasePanel } from './purchase-panel';

type Props = {
  product: Pick<
    Product,
    'title' | 'images' | 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'skus'
  >;
  /** Server-rendered title block, placed above the purchase panel. */
  heading: ReactNode;
};

/** The interactive top of a product page: the chosen variant drives picture, price and stock. */
export function ProductView({ product, heading }: Props) {
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
    <div className="grid gap-8 md:grid-cols-2">
      <ProductGallery
        images={product.images}
        alt={product.title}
        active={picture}
        onSelect={setPicture}
      />
      <div className="space-y-5">
        {heading}
        <PurchasePanel
          product={product}
          selection={selection}
          onSelect={choose}
          sku={sku}
          quantity={quantity}
          onQuantity={setQuantity}
        />
      </div>
    </div>
  );
}
