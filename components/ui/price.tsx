import 'server-only';
import { useLocale } from 'next-intl';
import { getDisplayRates } from '@/lib/catalog';
import { DEFAULT_CURRENCY, formatCnyRange, formatConvertedRange } from '@/lib/domain/currency';
import { Approx } from './approx';

/**
 * A CNY amount (or range) with its approximate value in the shopper's currency. Both are
 * formatted here, on the server: the browser formats the approximation again only for a
 * shopper who chose another currency than the default.
 */
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
  const high = max ?? min;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <span className={`font-semibold text-brand-700 ${size === 'lg' ? 'text-2xl' : 'text-lg'}`}>
        {formatCnyRange(min, high, locale)}
      </span>
      <span className="text-xs text-slate-600">
        <Approx
          min={min}
          max={max}
          initial={formatConvertedRange(min, high, DEFAULT_CURRENCY, getDisplayRates(), locale)}
        />
      </span>
    </span>
  );
}
