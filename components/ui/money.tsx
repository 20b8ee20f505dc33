import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { formatCny } from '@/lib/domain/currency';
import { fromFen } from '@/lib/domain/pricing';
import { Approx } from './approx';

/** An amount in fen shown in CNY, with its approximate value in the shopper's currency. */
export function Money({
  fen,
  text,
  className = '',
  approx = true,
  testId,
  suffix,
  end = false,
}: {
  fen: number;
  /** The amount (and its approximation) already formatted where the page was rendered. */
  text?: { amount: string; approx?: string };
  className?: string;
  approx?: boolean;
  testId?: string;
  /** Said right after the amount, e.g. "est." */
  suffix?: ReactNode;
  /** Aligned to the right when it wraps (figures in a column). */
  end?: boolean;
}) {
  const locale = useLocale();
  return (
    <span className={`inline-flex flex-wrap items-baseline gap-x-1 ${end ? 'justify-end' : ''}`}>
      <span className={`whitespace-nowrap ${className}`} data-testid={testId}>
        {text?.amount ?? formatCny(fromFen(fen), locale)}
        {suffix}
      </span>
      {approx ? (
        <span className="text-xs font-normal text-slate-600">
          <Approx min={fromFen(fen)} initial={text?.approx} />
        </span>
      ) : null}
    </span>
  );
}
