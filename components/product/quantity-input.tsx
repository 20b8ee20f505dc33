'use client';

import type { ClipboardEvent, KeyboardEvent } from 'react';
import { MAX_QUANTITY, parseQuantity } from '@/lib/domain/order';

type Props = {
  id: string;
  label: string;
  text: string;
  onText: (text: string) => void;
  /** A block pasted from a spreadsheet (rows of tab-separated numbers), from this cell on. */
  onPasteBlock?: (block: (number | null)[][]) => void;
  onFocus?: () => void;
  stock?: number;
  disabled?: boolean;
  describedBy?: string;
  row: number;
  column: number;
  invalid?: boolean;
};

const inputs = (from: HTMLElement) =>
  Array.from(
    from
      .closest('[data-order-grid]')
      ?.querySelectorAll<HTMLInputElement>('input[data-qty]:not(:disabled)') ?? [],
  );

/**
 * One quantity of the order form. Arrow up/down change it by 1 (with Shift by 10), Enter moves
 * to the next quantity, left/right at the edge of the text move along the row; a pasted
 * "1,000 pcs" becomes 1000 and a pasted block of a spreadsheet fills the cells from here.
 */
export function QuantityInput(props: Props) {
  const { text, onText, stock, row, column } = props;
  const value = text === '' ? 0 : Number(text);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const step = (e.shiftKey ? 10 : 1) * (e.key === 'ArrowUp' ? 1 : -1);
      const next = Math.max(0, Math.min(MAX_QUANTITY, value + step));
      onText(next === 0 ? '' : String(next));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const all = inputs(input);
      all[(all.indexOf(input) + (e.shiftKey ? -1 : 1) + all.length) % all.length]?.focus();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
      const atEnd = input.selectionStart === input.value.length;
      const forward = e.key === 'ArrowRight';
      if (forward ? !atEnd : !atStart) return;
      const target = inputs(input).find(
        (i) =>
          Number(i.dataset.row) === row && Number(i.dataset.column) === column + (forward ? 1 : -1),
      );
      if (target) {
        e.preventDefault();
        target.focus();
      }
    }
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const pasted = e.clipboardData.getData('text').trim();
    e.preventDefault();
    if (/[\t\n]/.test(pasted) && props.onPasteBlock) {
      props.onPasteBlock(pasted.split(/\r?\n/).map((line) => line.split('\t').map(parseQuantity)));
      return;
    }
    const n = parseQuantity(pasted);
    if (n !== null) onText(n === 0 ? '' : String(n));
  }

  return (
    <input
      id={props.id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      role="spinbutton"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={stock}
      aria-valuenow={value}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      data-qty
      data-row={row}
      data-column={column}
      value={text}
      placeholder="0"
      disabled={props.disabled}
      onChange={(e) =>
        onText(
          e.currentTarget.value
            .replace(/\D/g, '')
            .replace(/^0+(?=\d)/, '')
            .slice(0, 7),
        )
      }
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onFocus={(e) => {
        e.currentTarget.select();
        props.onFocus?.();
      }}
      className="w-20 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-right tabular-nums aria-[invalid=true]:border-red-500 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-400"
    />
  );
}
