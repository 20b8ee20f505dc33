'use client';

import type { ReactNode } from 'react';
import { OrderProblemText, problemKey } from '@/components/product/order-text';
import { SupplierBadges } from '@/components/ui/badges';
import { Money } from '@/components/ui/money';
import type { CompareColumn, Metric } from '@/lib/domain/compare';
import { formatCny } from '@/lib/domain/currency';
import { formatKg, perUnitFen } from '@/lib/domain/landed-cost';
import { countOf, tierBand, toFen } from '@/lib/domain/pricing';

export type CompareRow = {
  label: string;
  metric?: Metric;
  cell: (c: CompareColumn) => ReactNode;
};

const score = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} / 5`);

/** The rows of the comparison, each with the metric (if any) whose best value is marked. */
export function compareRows(quantity: number, methodLabel: string): CompareRow[] {
  return [
    {
      label: `Price per piece at ${quantity.toLocaleString('en-US')}`,
      metric: 'unitPrice',
      cell: (c) =>
        c.maxUnitPriceFen > c.unitPriceFen ? (
          <>
            <Money fen={c.unitPriceFen} className="font-semibold" />
            <span className="block text-xs text-slate-600">
              to <Money fen={c.maxUnitPriceFen} approx={false} /> by variant
            </span>
          </>
        ) : (
          <Money fen={c.unitPriceFen} className="font-semibold" />
        ),
    },
    {
      label: `Total for ${quantity.toLocaleString('en-US')}`,
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
      label: 'Price tiers',
      cell: (c) =>
        c.product.pricing === 'per_sku' ? (
          'Each variant its own price'
        ) : (
          <ul className="space-y-0.5 text-xs">
            {c.product.tiers.map((t, i) => (
              <li
                key={t.minQuantity}
                className={c.order.tierIndex === i ? 'font-semibold text-brand-800' : ''}
              >
                {tierBand(c.product.tiers, i, c.product.unit)}: {formatCny(t.price)}
              </li>
            ))}
          </ul>
        ),
    },
    {
      label: 'Minimum order and lot',
      metric: 'moq',
      cell: (c) =>
        `${countOf(c.product.moq, c.product.unit)}${c.product.lotSize > 1 ? ` · lots of ${c.product.lotSize}` : ''}`,
    },
    {
      label: 'Variants and stock',
      metric: 'stock',
      cell: (c) =>
        c.variants
          ? `${c.variants} variants · ${countOf(c.stock, c.product.unit)} in stock`
          : 'No variants',
    },
    {
      label: 'Dropshipping (one piece)',
      metric: 'consign',
      cell: (c) =>
        c.product.onePiece ? (
          c.product.consignPrice !== undefined ? (
            <Money fen={toFen(c.product.consignPrice)} />
          ) : (
            'Yes'
          )
        ) : (
          'No'
        ),
    },
    {
      label: 'Supplier',
      metric: 'years',
      cell: (c) => (
        <>
          <span className="block">{c.product.supplier.name}</span>
          <span className="block text-xs text-slate-600">
            {c.product.supplier.isFactory ? 'Factory' : 'Trading company'}
            {c.product.supplier.yearsOn1688 !== undefined
              ? ` · ${c.product.supplier.yearsOn1688} ${c.product.supplier.yearsOn1688 === 1 ? 'year' : 'years'} on 1688`
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
      label: 'Service score',
      metric: 'score',
      cell: (c) => {
        const s = c.product.supplier.scores;
        return (
          <>
            {score(s?.composite)}
            <span className="block text-xs text-slate-600">
              quality {score(s?.quality)} · logistics {score(s?.logistics)}
            </span>
          </>
        );
      },
    },
    {
      label: 'Repurchase rate',
      metric: 'repurchase',
      cell: (c) =>
        c.product.supplier.repurchaseRate === undefined
          ? '–'
          : `${Math.round(c.product.supplier.repurchaseRate * 100)}%`,
    },
    {
      label: 'Ships from',
      cell: (c) => (
        <>
          {c.product.shipping.from || '–'}
          <span className="block text-xs text-slate-600">
            {c.product.shipsIn48h
              ? 'Dispatch within 48 hours'
              : 'Dispatch agreed with the supplier'}
          </span>
        </>
      ),
    },
    {
      label: 'Unit weight and package',
      cell: (c) => {
        const d = c.product.shipping.dimensionsCm;
        const w = c.product.shipping.weightKg;
        return w === undefined && !d
          ? 'Not given'
          : `${w === undefined ? '?' : `${w} kg`}${d ? ` · ${d.length}×${d.width}×${d.height} cm` : ''}`;
      },
    },
    {
      label: `Chargeable weight (${methodLabel})`,
      metric: 'chargeable',
      cell: (c) => (c.weights.chargeableG ? formatKg(c.weights.chargeableG) : 'Not known'),
    },
    {
      label: 'Landed cost (estimate)',
      metric: 'landed',
      cell: (c) => (
        <>
          <Money fen={c.landed.totalFen} className="font-semibold" />
          <span className="block text-xs text-slate-600">
            ≈ <Money fen={perUnitFen(c.landed.totalFen, quantity)} approx={false} /> per piece, est.
          </span>
          {c.landed.missing.length ? (
            <span className="block text-xs text-amber-800">
              No weight given: freight not included.
            </span>
          ) : null}
        </>
      ),
    },
  ];
}
