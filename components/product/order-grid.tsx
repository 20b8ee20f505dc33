'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Money } from '@/components/ui/money';
import { NO_SKU, type OfferOrder } from '@/lib/domain/order';
import { toFen } from '@/lib/domain/pricing';
import { type Units, useUnits } from '@/i18n/units';
import type { Product, Sku } from '@/lib/domain/schemas';
import { skuAxes, skuGrid, skuLabel } from '@/lib/domain/skus';
import type { OfferFigures } from './offer-figures';
import { QuantityInput } from './quantity-input';

export type Texts = Readonly<Record<string, string>>;

type Props = {
  product: Pick<Product, 'pricing' | 'unit' | 'skus' | 'tiers'>;
  texts: Texts;
  order: OfferOrder;
  onChange: (changes: Record<string, string>) => void;
  onFocusSku?: (sku: Sku) => void;
  /** Each variant's stock and price as text, formatted where the page was rendered. */
  figures?: OfferFigures['skus'];
};

/**
 * The order form's quantities: a grid for two option axes (rows the first, columns the
 * second), one row per variant otherwise, a single quantity for an offer without variants.
 * Out-of-stock variants can't be ordered; each cell says its stock (and price, per SKU).
 */
export function OrderGrid({ product, texts, order, onChange, onFocusSku, figures }: Props) {
  const t = useTranslations('OrderForm');
  const units: Units = useUnits();
  const stockText = (sku: Sku, unit: string) =>
    sku.stock === 0
      ? t('outOfStock')
      : t('inStock', { quantity: figures?.[sku.id]?.stock ?? units.count(sku.stock, unit) });
  const priceText = (sku: Sku) => {
    const price = figures?.[sku.id]?.price;
    return (
      <Money fen={toFen(sku.price)} text={price ? { amount: price } : undefined} approx={false} />
    );
  };
  const id = useId();
  const grid = skuGrid(product.skus);
  const perSku = product.pricing === 'per_sku';
  const lineOf = (skuId: string) => order.lines.find((l) => l.skuId === skuId);
  const set = (skuId: string) => (text: string) => onChange({ [skuId]: text });

  /** A pasted block lands on the cells from (row, column) on, across and down. */
  const pasteAt =
    (cells: (Sku | null)[][], row: number, column: number) => (block: (number | null)[][]) => {
      const changes: Record<string, string> = {};
      block.forEach((values, r) =>
        values.forEach((n, c) => {
          const sku = cells[row + r]?.[column + c];
          if (sku && sku.stock > 0 && n !== null) changes[sku.id] = n === 0 ? '' : String(n);
        }),
      );
      onChange(changes);
    };

  const input = (sku: Sku, label: string, cells: (Sku | null)[][], row: number, column: number) => (
    <QuantityInput
      id={`${id}-${sku.id}`}
      label={t('quantityOf', { variant: label })}
      text={texts[sku.id] ?? ''}
      onText={set(sku.id)}
      onPasteBlock={pasteAt(cells, row, column)}
      onFocus={() => onFocusSku?.(sku)}
      stock={sku.stock}
      disabled={sku.stock === 0}
      describedBy={`${id}-${sku.id}-stock`}
      invalid={Boolean(lineOf(sku.id)?.stockProblem)}
      row={row}
      column={column}
    />
  );

  if (product.skus.length === 0) {
    return (
      <div data-order-grid className="flex items-center gap-3">
        <label htmlFor={`${id}-${NO_SKU}`} className="text-sm font-semibold">
          {t('quantity')}
        </label>
        <QuantityInput
          id={`${id}-${NO_SKU}`}
          label={t('quantity')}
          text={texts[NO_SKU] ?? ''}
          onText={set(NO_SKU)}
          row={0}
          column={0}
        />
      </div>
    );
  }

  if (grid) {
    const cells = grid.rows.values.map((r) =>
      grid.columns.values.map((c) => grid.cell(r.value, c.value)),
    );
    return (
      <div data-order-grid className="-mx-1 overflow-x-auto px-1">
        <table className="text-sm">
          <caption className="sr-only">
            {t('gridCaption', { rows: grid.rows.name, columns: grid.columns.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left text-xs font-medium text-slate-600">
                {grid.rows.name} \ {grid.columns.name}
              </th>
              {grid.columns.values.map((c) => (
                <th key={c.value} scope="col" className="px-2 py-1 text-left font-medium">
                  {c.value}
                  {c.valueZh && c.valueZh !== c.value ? (
                    <span lang="zh" className="block text-xs font-normal text-slate-500">
                      {c.valueZh}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.values.map((r, ri) => (
              <tr key={r.value} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-2 text-left font-medium">
                  {r.value}
                  {r.valueZh && r.valueZh !== r.value ? (
                    <span lang="zh" className="block text-xs font-normal text-slate-500">
                      {r.valueZh}
                    </span>
                  ) : null}
                </th>
                {grid.columns.values.map((c, ci) => {
                  const sku = cells[ri]![ci];
                  return (
                    <td key={c.value} className="px-2 py-2 align-top">
                      {sku ? (
                        <>
                          {input(sku, `${r.value}, ${c.value}`, cells, ri, ci)}
                          <span
                            id={`${id}-${sku.id}-stock`}
                            className={`mt-0.5 block text-xs ${sku.stock === 0 ? 'text-red-700' : 'text-slate-500'}`}
                          >
                            {perSku ? priceText(sku) : null}
                            {perSku ? ' · ' : ''}
                            {stockText(sku, product.unit)}
                          </span>
                        </>
                      ) : (
                        <span className="text-slate-400">
                          —<span className="sr-only">{t('notSold')}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  const axes = skuAxes(product.skus);
  const cells = product.skus.map((s) => [s]);
  return (
    <div data-order-grid className="-mx-1 overflow-x-auto px-1">
      <table className="w-full text-sm">
        <caption className="sr-only">
          {axes.length
            ? t('listCaption', { axes: axes.map((a) => a.name).join(' / ') })
            : t('listCaptionVariant')}
        </caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">
              {axes.map((a) => a.name).join(' / ') || t('variant')}
            </th>
            {perSku ? (
              <th scope="col" className="px-2 py-1 font-medium">
                {t('price')}
              </th>
            ) : null}
            <th scope="col" className="px-2 py-1 font-medium">
              {t('stock')}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('quantity')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t('lineTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {product.skus.map((sku, i) => {
            const line = lineOf(sku.id);
            return (
              <tr key={sku.id} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-2 text-left font-medium">
                  {skuLabel(sku)}
                  {sku.attributes.some((a) => a.valueZh && a.valueZh !== a.value) ? (
                    <span lang="zh" className="block text-xs font-normal text-slate-500">
                      {sku.attributes.map((a) => a.valueZh ?? a.value).join(' / ')}
                    </span>
                  ) : null}
                </th>
                {perSku ? <td className="px-2 py-2">{priceText(sku)}</td> : null}
                <td
                  id={`${id}-${sku.id}-stock`}
                  className={`px-2 py-2 text-xs ${sku.stock === 0 ? 'text-red-700' : 'text-slate-600'}`}
                >
                  {stockText(sku, product.unit)}
                </td>
                <td className="px-2 py-2">{input(sku, skuLabel(sku), cells, i, 0)}</td>
                <td className="px-2 py-2 text-right tabular-nums">
                  {line ? (
                    <Money fen={line.lineFen} approx={false} />
                  ) : (
                    <span className="text-slate-400">–</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
