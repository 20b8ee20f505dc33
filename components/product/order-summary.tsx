'use client';

import { Money } from '@/components/ui/money';
import { formatCny } from '@/lib/domain/currency';
import { describeNextTier, type OfferOrder } from '@/lib/domain/order';
import { countOf, fromFen, tierBand } from '@/lib/domain/pricing';
import type { Product } from '@/lib/domain/schemas';
import { skuLabel } from '@/lib/domain/skus';

type Props = {
  product: Pick<Product, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'skus'>;
  order: OfferOrder;
};

const fmt = (fen: number) => formatCny(fromFen(fen));

/**
 * What the order comes to, said as it changes (a polite live region): total quantity, the
 * tier reached and its price, the offer total, what to add for the MOQ or the lot size, the
 * next tier's saving, and variants ordered beyond their stock.
 */
export function OrderSummary({ product, order }: Props) {
  const unit = product.unit;
  const stock = order.lines.filter((l) => l.stockProblem);
  const skuName = (id: string) => {
    const sku = product.skus.find((s) => s.id === id);
    return sku ? skuLabel(sku) : id;
  };
  return (
    <div
      aria-live="polite"
      data-testid="order-summary"
      className="space-y-1.5 rounded-lg bg-slate-100 p-3 text-sm"
    >
      {order.totalQuantity === 0 ? (
        <p>
          Enter the quantity of each variant you want. The minimum order is{' '}
          {countOf(product.moq, unit)} in total
          {product.pricing === 'tiered' ? ', and the tier price applies to the total' : ''}.
        </p>
      ) : (
        <>
          <p>
            Total quantity:{' '}
            <strong data-testid="total-quantity">{countOf(order.totalQuantity, unit)}</strong>
            {order.lines.length > 1 ? ` in ${order.lines.length} variants` : ''}
          </p>
          {order.tier ? (
            <p>
              Tier reached:{' '}
              <strong data-testid="tier-reached">
                {tierBand(product.tiers, order.tierIndex ?? 0, unit)} at{' '}
                <span data-testid="unit-price">{formatCny(order.tier.price)}</span> each
              </strong>
            </p>
          ) : (
            <p>Each variant at its own price.</p>
          )}
          <p>
            Offer total:{' '}
            <Money
              fen={order.totalFen}
              className="text-lg font-semibold text-brand-700"
              testId="total"
            />
          </p>
        </>
      )}
      {order.problems.length > 0 || stock.length > 0 ? (
        <ul className="space-y-0.5 text-red-800" data-testid="order-problems">
          {order.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
          {stock.map((l) => (
            <li key={l.skuId}>
              {skuName(l.skuId)}: {l.stockProblem}
            </li>
          ))}
        </ul>
      ) : null}
      {order.nextTier && order.problems.length === 0 ? (
        <p className="text-emerald-800" data-testid="next-tier">
          {describeNextTier(order.nextTier, unit, fmt)}
        </p>
      ) : null}
    </div>
  );
}
