'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useId, useState } from 'react';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { InquiryPanel } from '@/components/contact/inquiry-panel';
import { LandedCostPanel } from '@/components/landed/landed-cost-panel';
import { Money } from '@/components/ui/money';
import type { ListableProduct } from '@/lib/domain/list-edit';
import { type OfferState, withOfferState } from '@/lib/domain/offer-state';
import { NO_SKU, orderOffer, parseQuantity } from '@/lib/domain/order';
import { toFen } from '@/lib/domain/pricing';
import { AddToList } from './add-to-list';
import { OfferFreshness } from './offer-freshness';
import { OrderGrid, type Texts } from './order-grid';
import { OrderSummary } from './order-summary';
import { ProductGallery } from './product-gallery';
import { TierTable } from './tier-table';
import type { OfferFigures } from './offer-figures';
import { UnavailableNotice } from './unavailable-notice';

type Props = {
  product: ListableProduct;
  /** Server-rendered title block, placed above the order form. */
  heading: ReactNode;
  /** When the product's figures were fetched from 1688 (the page may be hours old). */
  fetchedAt?: string;
  /**
   * The offer's figures as text, formatted where the page was rendered: shown until fresh
   * figures replace the cached ones.
   */
  figures?: OfferFigures;
  /** The landed-cost estimate's shipping methods, labelled where the page was rendered. */
  methodLabels?: Readonly<Record<string, string>>;
};

/** An offer with a single line to order starts at its minimum order; others start empty. */
function initialTexts(product: ListableProduct): Texts {
  const orderable = product.skus.filter((s) => s.stock > 0);
  if (product.skus.length === 0) return { [NO_SKU]: String(product.moq) };
  return orderable.length === 1 ? { [orderable[0]!.id]: String(product.moq) } : {};
}

/**
 * The interactive top of a product page: the order form across variants (its total sets the
 * tier), what the order comes to, adding it to the sourcing list, comparing, the landed-cost
 * estimate and a message for the supplier. The variant being filled in shows its picture.
 * Fresh price and stock fetched on request replace the cached ones; an offer that is not on
 * sale says why instead of showing an order form.
 */
export function ProductView({
  product: cached,
  heading,
  fetchedAt,
  figures: cachedFigures,
  methodLabels,
}: Props) {
  const t = useTranslations('OrderForm');
  const id = useId();
  const [fresh, setFresh] = useState<OfferState | null>(null);
  const product = fresh ? withOfferState(cached, fresh) : cached;
  const figures = fresh ? undefined : cachedFigures;
  const [texts, setTexts] = useState<Texts>(() => initialTexts(cached));
  const [picture, setPicture] = useState(product.images[0]!);
  const quantities = Object.fromEntries(
    Object.entries(texts).map(([sku, text]) => [sku, parseQuantity(text) ?? 0]),
  );
  const order = orderOffer(product, quantities);
  const item = {
    label: product.title,
    quantity: order.totalQuantity,
    weightKg: product.shipping.weightKg,
    dimensionsCm: product.shipping.dimensionsCm,
  };
  const inquiryLines = order.lines.map((l) => ({
    variant: product.skus.find((s) => s.id === l.skuId)?.attributes ?? [],
    quantity: l.quantity,
    note: '',
  }));

  return (
    <div className="grid gap-8 md:grid-cols-2">
      <div className="space-y-6">
        <ProductGallery
          images={product.images}
          alt={product.title}
          active={picture}
          onSelect={setPicture}
        />
      </div>
      <div className="min-w-0 space-y-5">
        {heading}
        {product.available ? null : <UnavailableNotice status={product.status} />}
        {fetchedAt ? (
          <OfferFreshness id={product.id} fetchedAt={fetchedAt} onState={setFresh} />
        ) : null}
        <TierTable
          product={product}
          active={order.totalQuantity > 0 ? order.tierIndex : null}
          headingId={`${id}-tiers`}
          figures={figures}
        />
        {product.onePiece ? (
          <p
            className="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950"
            data-testid="dropship"
          >
            {t.rich(product.consignPrice !== undefined ? 'dropshipAt' : 'dropship', {
              strong: (chunks) => <strong>{chunks}</strong>,
              zh: (chunks) => <span lang="zh">{chunks}</span>,
              price: () =>
                product.consignPrice !== undefined ? (
                  <Money
                    key="price"
                    fen={toFen(product.consignPrice)}
                    text={figures?.consignPrice}
                    className="font-semibold"
                  />
                ) : null,
            })}
          </p>
        ) : null}
        {product.available ? (
          <section aria-labelledby={`${id}-order`} className="space-y-3">
            <div>
              <h2 id={`${id}-order`} className="text-sm font-semibold">
                {t('title')}
              </h2>
              <p className="text-xs text-slate-600" id={`${id}-keys`}>
                {t('keys')}
              </p>
            </div>
            <OrderGrid
              product={product}
              texts={texts}
              order={order}
              figures={figures?.skus}
              onChange={(changes) => setTexts((t) => ({ ...t, ...changes }))}
              onFocusSku={(sku) => sku.image && setPicture(sku.image)}
            />
            <OrderSummary product={product} order={order} moqText={figures?.moq} />
            <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
              <AddToList
                product={product}
                quantities={quantities}
                order={order}
                onAdded={() => setTexts({})}
              />
              <CompareToggle
                item={{ id: product.id, title: product.title, image: product.image }}
              />
            </div>
          </section>
        ) : null}
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <LandedCostPanel
            parcels={[{ goodsFen: order.totalFen, items: [item] }]}
            quantity={order.totalQuantity}
            unit={product.unit}
            methodLabels={methodLabels}
            subject={
              product.shipping.from
                ? t('landedFrom', { from: product.shipping.from })
                : t('landedFromChina')
            }
          />
        </div>
        <InquiryPanel
          offers={[{ ...product, lines: inquiryLines }]}
          shopUrl={product.supplier.shopUrl}
        />
      </div>
    </div>
  );
}
