'use client';

import { useId } from 'react';
import { useDisplay } from '@/components/layout/display-context';
import { formatCny, formatConverted } from '@/lib/domain/currency';
import { fromFen, plural, quote } from '@/lib/domain/pricing';
import type { Product, Sku } from '@/lib/domain/schemas';
import { type Selection, skuAxes } from '@/lib/domain/skus';
import { PromotionNote } from './promotion-note';

type Props = {
  product: Pick<Product, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'skus' | 'promotion'>;
  selection: Selection;
  onSelect: (axis: string, value: string) => void;
  sku: Sku | null;
  quantity: string;
  onQuantity: (value: string) => void;
};

/** Tier table, variant choice and the quantity calculator of a product page. */
export function PurchasePanel({ product, selection, onSelect, sku, quantity, onQuantity }: Props) {
  const id = useId();
  const { currency, rates } = useDisplay();
  const qty = /^\d{1,7}$/.test(quantity.trim()) ? Number(quantity) : NaN;
  const result = quote(product, sku, qty);
  const axes = skuAxes(product.skus);
  const unit = product.unit;
  const step = product.lotSize;
  const promoted = product.promotion?.tiers;
  const promotedFor = (minQuantity: number) =>
    promoted?.find((t) => t.minQuantity === minQuantity)?.price;
  const bump = (delta: number) => {
    const base = Number.isFinite(qty) ? qty : product.moq;
    onQuantity(String(Math.max(product.moq, base + delta)));
  };

  return (
    <div className="space-y-5">
      <section aria-labelledby={`${id}-tiers`}>
        <h2 id={`${id}-tiers`} className="text-sm font-semibold">
          {product.pricing === 'per_sku' ? 'Price by variant' : 'Price by quantity'}
        </h2>
        <p className="text-xs text-slate-600">
          {product.pricing === 'per_sku'
            ? 'Each variant has its own price.'
            : 'Tiers apply to the total quantity across all variants.'}
        </p>
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Quantity
              </th>
              <th scope="col" className="py-1 font-medium">
                Unit price
              </th>
              {promoted ? (
                <th scope="col" className="py-1 font-medium text-amber-900">
                  {product.promotion!.label}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {product.tiers.map((tier, i) => {
              const next = product.tiers[i + 1];
              const active = result.tierIndex === i;
              return (
                <tr
                  key={tier.minQuantity}
                  aria-current={active ? 'true' : undefined}
                  data-active={active}
                  className={active ? 'bg-brand-50 font-semibold text-brand-800' : ''}
                >
                  <td className="rounded-l-md px-2 py-1.5">
                    {next ? `${tier.minQuantity}–${next.minQuantity - 1}` : `≥ ${tier.minQuantity}`}{' '}
                    {plural(unit, 2)}
                  </td>
                  <td className="rounded-r-md px-2 py-1.5">
                    {formatCny(tier.price)}{' '}
                    <span className="text-xs font-normal text-slate-600">
                      {formatConverted(tier.price, currency, rates)}
                    </span>
                  </td>
                  {promoted ? (
                    <td className="px-2 py-1.5 text-xs font-normal text-amber-900">
                      {promotedFor(tier.minQuantity) === undefined
                        ? '–'
                        : formatCny(promotedFor(tier.minQuantity)!)}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-slate-600">
          Minimum order {product.moq} {plural(unit, product.moq)}
          {step > 1 ? ` · sold in lots of ${step}` : ''}
        </p>
        {product.promotion ? <PromotionNote promotion={product.promotion} /> : null}
      </section>

      {axes.map((axis) => (
        <fieldset key={axis.name}>
          <legend className="text-sm font-semibold">
            {axis.name}: <span className="font-normal">{selection[axis.name] ?? 'choose one'}</span>
          </legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {axis.values.map((v) => {
              const inputId = `${id}-${axis.name}-${v.value}`;
              return (
                <span key={v.value}>
                  <input
                    type="radio"
                    id={inputId}
                    name={`${id}-${axis.name}`}
                    value={v.value}
                    checked={selection[axis.name] === v.value}
                    onChange={() => onSelect(axis.name, v.value)}
                    className="peer sr-only"
                  />
                  <label
                    htmlFor={inputId}
                    className="block cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:text-brand-800 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 hover:border-slate-400"
                  >
                    {v.value}
                    {v.valueZh && v.valueZh !== v.value ? (
                      <span lang="zh" className="ml-1 text-xs text-slate-500">
                        {v.valueZh}
                      </span>
                    ) : null}
                  </label>
                </span>
              );
            })}
          </div>
        </fieldset>
      ))}

      {axes.length > 0 ? (
        <p className="text-sm" data-testid="sku-status">
          {sku ? (
            <>
              Variant price {formatCny(sku.price)}
              {product.pricing === 'tiered' ? ' (tier prices apply)' : ''}
              {sku.promotionPrice !== undefined && product.promotion
                ? ` · ${product.promotion.label} ${formatCny(sku.promotionPrice)}`
                : ''}{' '}
              ·{' '}
              <span className={sku.stock === 0 ? 'font-medium text-red-700' : 'text-slate-700'}>
                {sku.stock === 0 ? 'Out of stock' : `${sku.stock.toLocaleString('en-US')} in stock`}
              </span>
            </>
          ) : (
            <span className="text-red-700">
              This combination is not sold. Choose another option.
            </span>
          )}
        </p>
      ) : null}

      <div>
        <label htmlFor={`${id}-qty`} className="text-sm font-semibold">
          Quantity ({plural(unit, 2)})
        </label>
        <div className="mt-2 flex w-48 items-stretch">
          <button
            type="button"
            onClick={() => bump(-step)}
            aria-label={`Decrease by ${step}`}
            className="rounded-l-md border border-slate-300 bg-white px-3 text-lg hover:bg-slate-50"
          >
            −
          </button>
          <input
            id={`${id}-qty`}
            type="text"
            inputMode="numeric"
            value={quantity}
            onChange={(e) => onQuantity(e.currentTarget.value)}
            aria-describedby={`${id}-qty-help`}
            aria-invalid={result.problems.length > 0}
            className="w-full min-w-0 border-y border-slate-300 px-2 py-1.5 text-center"
          />
          <button
            type="button"
            onClick={() => bump(step)}
            aria-label={`Increase by ${step}`}
            className="rounded-r-md border border-slate-300 bg-white px-3 text-lg hover:bg-slate-50"
          >
            +
          </button>
        </div>
      </div>

      <div id={`${id}-qty-help`} aria-live="polite" className="rounded-lg bg-slate-100 p-3 text-sm">
        <p>
          Price at your quantity:{' '}
          <strong data-testid="unit-price">{formatCny(result.unitPrice)}</strong>{' '}
          <span className="text-slate-600">
            {formatConverted(result.unitPrice, currency, rates)}
          </span>{' '}
          per {unit}
        </p>
        <p className="mt-1">
          Total:{' '}
          <strong data-testid="total" className="text-lg text-brand-700">
            {formatCny(fromFen(result.totalFen))}
          </strong>{' '}
          <span className="text-slate-600">
            {formatConverted(fromFen(result.totalFen), currency, rates)}
          </span>
        </p>
        {result.problems.length > 0 ? (
          <ul className="mt-2 space-y-1 text-red-700" data-testid="quantity-problems">
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
