import { type Currency, formatConverted, formatCnyRange, type Rates } from '@/lib/catalog/currency';

/** A CNY amount (or range) with its approximate value in the shopper's currency. */
export function Price({
  min,
  max,
  currency,
  rates,
  size = 'md',
}: {
  min: number;
  max?: number;
  currency: Currency;
  rates: Rates;
  size?: 'md' | 'lg';
}) {
  const range = max !== undefined && max !== min;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <span className={`font-semibold text-brand-700 ${size === 'lg' ? 'text-2xl' : 'text-lg'}`}>
        {formatCnyRange(min, range ? max : min)}
      </span>
      <span className="text-xs text-slate-600">
        {formatConverted(min, currency, rates)}
        {range ? `–${formatConverted(max, currency, rates).slice(2)}` : ''}
      </span>
    </span>
  );
}
