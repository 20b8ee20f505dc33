'use client';

import { useLocale } from 'next-intl';
import { useDisplay } from '@/components/layout/display-context';
import { DEFAULT_CURRENCY, formatConvertedRange } from '@/lib/domain/currency';

/**
 * "≈ $1.73" (or a range) in the shopper's display currency and the page's number format.
 * `initial` is the same approximation in the default currency, formatted where the page was
 * rendered: shown while the display currency is the default, so that a page of prices becoming
 * interactive formats no number of its own.
 */
export function Approx({ min, max, initial }: { min: number; max?: number; initial?: string }) {
  const { currency, rates } = useDisplay();
  const locale = useLocale();
  if (currency === DEFAULT_CURRENCY && initial !== undefined) return <>{initial}</>;
  return <>{formatConvertedRange(min, max ?? min, currency, rates, locale)}</>;
}
