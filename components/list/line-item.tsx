'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useOrderText } from '@/components/product/order-text';
import { QuantityInput } from '@/components/product/quantity-input';
import { useUnits } from '@/i18n/units';
import { Money } from '@/components/ui/money';
import type { LineView } from '@/lib/domain/list-view';
import { skuLabel } from '@/lib/domain/skus';

type Props = {
  view: LineView;
  unit: string;
  row: number;
  readOnly: boolean;
  onQuantity: (quantity: number) => void;
  onNote: (note: string) => void;
  onRemove: () => void;
};

/** One variant of an offer in the list: quantity and note editable in place, with warnings. */
export function LineItem({ view, unit, row, readOnly, onQuantity, onNote, onRemove }: Props) {
  const t = useTranslations('List');
  const format = useFormatter();
  const units = useUnits();
  const orderText = useOrderText();
  const { line, order } = view;
  const name = skuLabel({ attributes: line.variant });
  const zh = line.variant.map((a) => a.valueZh ?? a.value).join(' / ');
  const noteId = `note-${row}-${line.skuId}`;
  return (
    <li
      className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-2 border-t border-slate-100 py-3 sm:grid-cols-[minmax(0,1fr)_7rem_7rem_8rem_auto] sm:items-start"
      data-testid="list-line"
    >
      <div className="col-span-2 min-w-0 sm:col-span-1">
        <p className="font-medium">{name}</p>
        {zh && zh !== name ? (
          <p lang="zh" className="text-xs text-slate-500">
            {zh}
          </p>
        ) : null}
        {view.gone ? <p className="text-xs font-medium text-red-700">{t('lineGone')}</p> : null}
        {line.quantity === 0 && !view.gone ? (
          <p className="text-xs text-amber-800">{t('noQuantity')}</p>
        ) : null}
        {order?.stockProblem ? (
          <p className="text-xs text-red-700">{orderText.stock(order.stockProblem, unit)}</p>
        ) : null}
        {view.priceChange ? (
          <p className="text-xs font-medium text-amber-800" data-testid="price-changed">
            {t.rich('priceChanged', {
              before: () => <Money key="before" fen={view.priceChange!.beforeFen} approx={false} />,
              now: () => <Money key="now" fen={view.priceChange!.nowFen} approx={false} />,
            })}
          </p>
        ) : null}
      </div>
      <div>
        <span className="block text-xs text-slate-600 sm:sr-only">{t('quantity')}</span>
        {readOnly ? (
          <span className="tabular-nums">{format.number(line.quantity)}</span>
        ) : (
          <>
            <span className="print:hidden">
              <QuantityInput
                id={`qty-${row}-${line.skuId}`}
                label={t('quantityOf', { variant: name })}
                text={line.quantity === 0 ? '' : String(line.quantity)}
                onText={(t) => onQuantity(t === '' ? 0 : Number(t))}
                stock={view.stock}
                invalid={Boolean(order?.stockProblem)}
                row={row}
                column={0}
              />
            </span>
            <span className="hidden tabular-nums print:inline">{line.quantity}</span>
          </>
        )}
        <span className="ml-1 text-xs text-slate-500">{units.name(unit, line.quantity)}</span>
      </div>
      <div className="text-sm">
        <span className="block text-xs text-slate-600 sm:sr-only">{t('unitPrice')}</span>
        {order ? <Money fen={order.unitPriceFen} approx={false} /> : '–'}
      </div>
      <div className="text-sm font-medium">
        <span className="block text-xs font-normal text-slate-600 sm:sr-only">
          {t('lineTotal')}
        </span>
        {order ? <Money fen={order.lineFen} /> : '–'}
      </div>
      <div className="print:hidden">
        {readOnly ? null : (
          <button
            type="button"
            onClick={onRemove}
            aria-label={t('removeLine', { variant: name })}
            className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:border-red-400 hover:text-red-700"
          >
            {t('remove')}
          </button>
        )}
      </div>
      <div className="col-span-2 sm:col-span-5">
        {readOnly ? (
          line.note ? (
            <p className="whitespace-pre-wrap text-sm text-slate-700">
              {t('note', { note: line.note })}
            </p>
          ) : null
        ) : (
          <>
            <label htmlFor={noteId} className="sr-only">
              {t('noteFor', { variant: name })}
            </label>
            <textarea
              id={noteId}
              rows={1}
              value={line.note}
              maxLength={500}
              placeholder={t('notePlaceholder')}
              onChange={(e) => onNote(e.currentTarget.value)}
              className="w-full resize-y rounded-md border border-slate-200 px-2 py-1 text-sm print:hidden"
            />
            {line.note ? (
              <p className="hidden whitespace-pre-wrap text-sm print:block">
                {t('note', { note: line.note })}
              </p>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}
