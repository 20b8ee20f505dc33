import { useLocale } from 'next-intl';
import { formatCnyRange } from '@/lib/domain/currency';
import { Approx } from './approx';

/** A CNY amount (or range) with its approximate value in the shopper's currency. */
export function Price({
  min,
  max,
  size = 'md',
}: {
  min: number;
  max?: number;
  size?: 'md' | 'lg';
}) {
  const locale = useLocale();
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <span className={`font-semibold text-brand-700 ${size === 'lg' ? 'text-2xl' : 'text-lg'}`}>
        {formatCnyRange(min, max ?? min, locale)}
      </span>
      <span className="text-xs text-slate-600">
        <Approx min={min} max={max} />
      </span>
    </span>
  );
}
