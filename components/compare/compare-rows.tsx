'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { OrderProblemText, problemKey } from '@/components/product/order-text';
import { SupplierBadges } from '@/components/ui/badges';
import { Money } from '@/components/ui/money';
import type { CompareColumn, Metric } from '@/lib/domain/compare';
import { formatCny } from '@/lib/domain/currency';
import { useLandedNames } from '@/components/landed/landed-names';
import { perUnitFen } from '@/lib/domain/landed-cost';
import { toFen } from '@/lib/domain/pricing';
import { useUnits } from '@/i18n/units';

export type CompareRow = {
  label: string;
  metric?: Metric;
  cell: (c: CompareColumn) => ReactNode;
};

/**
 * "100 pieces" when every compared offer is sold by the piece; "100 units" when their units
 * differ: the quantity the comparison is made at.
 */
export function useCompareQuantity(quantity: number, unitsOf: readonly string[]): string {
  const t = useTranslations('Compare');
  const units = useUnits();
  const unit = units.common(unitsOf);
  return unit ? units.count(quantity, unit) : t('units', { count: quantity });
}

/** The rows of the comparison, each with the metric (if any) whose best value is marked. */
export function useCompareRows(
  quantity: number,
  unitsOf: readonly string[],
  methodLabel: string,
): CompareRow[] {
  const t = useTranslations('Compare');
  const supplier = useTranslations('Supplier');
  const format = useFormatter();
  const locale = useLocale();
  const units = useUnits();
  const names = useLandedNames();
  const score = (n: number | undefined) =>
    n === undefined
      ? '–'
      : `${format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} / 5`;
  const qty = useCompareQuantity(quantity, unitsOf);
  return [
    {
      label: t('unitPriceAt', { quantity: qty }),
      metric: 'unitPrice',
      cell: (c) =>
        c.maxUnitPriceFen > c.unitPriceFen ? (
          <>
            <Money fen={c.unitPriceFen} className="font-semibold" />
            <span className="block text-xs text-slate-600">
              {t.rich('toByVariant', {
                price: () => <Money key="max" fen={c.maxUnitPriceFen} approx={false} />,
              })}
            </span>
          </>
        ) : (
          <Money fen={c.unitPriceFen} className="font-semibold" />
        ),
    },
    {
      label: t('totalFor', { quantity: qty }),
      metric: 'total',
      cell: (c) => (
        <>
          <Money fen={c.order.totalFen} />
          {c.order.problems.map((p) => (
            <span key={problemKey(p)} className="block text-xs text-red-800">
              <OrderProblemText problem={p} unit={c.product.unit} />
            </span>
          ))}
        </>
      ),
    },
    {
      label: t('tiers'),
      cell: (c) =>
        c.product.pricing === 'per_sku' ? (
          t('perVariant')
        ) : (
          <ul className="space-y-0.5 text-xs">
            {c.product.tiers.map((tier, i) => (
              <li
                key={tier.minQuantity}
                className={c.order.tierIndex === i ? 'font-semibold text-brand-800' : ''}
              >
                {units.band(c.product.tiers, i, c.product.unit)}: {formatCny(tier.price, locale)}
              </li>
            ))}
          </ul>
        ),
    },
    {
      label: t('moq'),
      metric: 'moq',
      cell: (c) =>
        `${units.count(c.product.moq, c.product.unit)}${c.product.lotSize > 1 ? ` · ${t('lots', { size: c.product.lotSize })}` : ''}`,
    },
    {
      label: t('variantsStock'),
      metric: 'stock',
      cell: (c) =>
        c.variants
          ? t('variantsInStock', {
              count: c.variants,
              stock: units.count(c.stock, c.product.unit),
            })
          : t('noVariants'),
    },
    {
      label: t('dropship'),
      metric: 'consign',
      cell: (c) =>
        c.product.onePiece ? (
          c.product.consignPrice !== undefined ? (
            <Money fen={toFen(c.product.consignPrice)} />
          ) : (
            t('yes')
          )
        ) : (
          t('no')
        ),
    },
    {
      label: t('supplier'),
      metric: 'years',
      cell: (c) => (
        <>
          <span className="block">{c.product.supplier.name}</span>
          <span className="block text-xs text-slate-600">
            {c.product.supplier.isFactory ? supplier('factory') : supplier('trading')}
            {c.product.supplier.yearsOn1688 !== undefined
              ? ` · ${supplier('years', { count: c.product.supplier.yearsOn1688 })}`
              : ''}
          </span>
          <span className="mt-1 block">
            <SupplierBadges
              badges={c.product.supplier.badges}
              isFactory={c.product.supplier.isFactory}
            />
          </span>
        </>
      ),
    },
    {
      label: t('score'),
      metric: 'score',
      cell: (c) => {
        const s = c.product.supplier.scores;
        return (
          <>
            {score(s?.composite)}
            <span className="block text-xs text-slate-600">
              {t('scores', { quality: score(s?.quality), logistics: score(s?.logistics) })}
            </span>
          </>
        );
      },
    },
    {
      label: t('repurchase'),
      metric: 'repurchase',
      cell: (c) =>
        c.product.supplier.repurchaseRate === undefined
          ? '–'
          : format.number(c.product.supplier.repurchaseRate, {
              style: 'percent',
              maximumFractionDigits: 0,
            }),
    },
    {
      label: t('shipsFrom'),
      cell: (c) => (
        <>
          {c.product.shipping.from || '–'}
          <span className="block text-xs text-slate-600">
            {c.product.shipsIn48h ? t('dispatch48h') : t('dispatchAgreed')}
          </span>
        </>
      ),
    },
    {
      label: t('weight'),
      cell: (c) => {
        const d = c.product.shipping.dimensionsCm;
        const w = c.product.shipping.weightKg;
        return w === undefined && !d
          ? t('notGiven')
          : `${w === undefined ? '?' : t('kg', { weight: w })}${d ? ` · ${t('cm', d)}` : ''}`;
      },
    },
    {
      label: t('chargeable', { method: methodLabel }),
      metric: 'chargeable',
      cell: (c) => (c.weights.chargeableG ? names.kg(c.weights.chargeableG) : t('notKnown')),
    },
    {
      label: t('landed'),
      metric: 'landed',
      cell: (c) => (
        <>
          <Money fen={c.landed.totalFen} className="font-semibold" />
          <span className="block text-xs text-slate-600">
            {t.rich('perPiece', {
              unit: units.objectName(c.product.unit, 1),
              price: () => (
                <Money key="unit" fen={perUnitFen(c.landed.totalFen, quantity)} approx={false} />
              ),
            })}
          </span>
          {c.landed.missing.length ? (
            <span className="block text-xs text-amber-800">{t('noWeight')}</span>
          ) : null}
        </>
      ),
    },
  ];
}
