'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Money } from '@/components/ui/money';
import { useUnits } from '@/i18n/units';
import { formatCny } from '@/lib/domain/currency';
import type { OfferOrder } from '@/lib/domain/order';
import type { Product } from '@/lib/domain/schemas';
import { skuLabel } from '@/lib/domain/skus';
import { problemKey, useOrderText } from './order-text';

type Props = {
  product: Pick<Product, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'skus'>;
  order: OfferOrder;
  /** "10 pieces": the minimum order as text, formatted where the page was rendered. */
  moqText?: string;
};

/**
 * What the order comes to, said as it changes (a polite live region): total quantity, the
 * tier reached and its price, the offer total, what to add for the MOQ or the lot size, the
 * next tier's saving, and variants ordered beyond their stock.
 */
export function OrderSummary({ product, order, moqText }: Props) {
  const t = useTranslations('OrderForm');
  const text = useOrderText();
  const units = useUnits();
  const locale = useLocale();
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
          {t(product.pricing === 'tiered' ? 'emptyTiered' : 'empty', {
            moq: moqText ?? units.count(product.moq, unit),
          })}
        </p>
      ) : (
        <>
          <p>
            {t.rich(order.lines.length > 1 ? 'totalQuantityIn' : 'totalQuantity', {
              quantity: units.count(order.totalQuantity, unit),
              variants: order.lines.length,
              strong: (chunks) => <strong data-testid="total-quantity">{chunks}</strong>,
            })}
          </p>
          {order.tier ? (
            <p>
              {t.rich('tierReached', {
                band: units.band(product.tiers, order.tierIndex ?? 0, unit),
                price: formatCny(order.tier.price, locale),
                strong: (chunks) => <strong data-testid="tier-reached">{chunks}</strong>,
                unitPrice: (chunks) => <span data-testid="unit-price">{chunks}</span>,
              })}
            </p>
          ) : (
            <p>{t('ownPrices')}</p>
          )}
          <p>
            {t('offerTotal')}{' '}
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
            <li key={problemKey(p)}>{text.problem(p, unit)}</li>
          ))}
          {stock.map((l) => (
            <li key={l.skuId}>
              {t('variantProblem', {
                variant: skuName(l.skuId),
                problem: text.stock(l.stockProblem!, unit),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {order.nextTier && order.problems.length === 0 ? (
        <p className="text-emerald-800" data-testid="next-tier">
          {text.nextTier(order.nextTier, unit)}
        </p>
      ) : null}
    </div>
  );
}
