'use client';

import { useLocale } from 'next-intl';
import { useDisplay } from '@/components/layout/display-context';
import { formatConvertedRange } from '@/lib/domain/currency';

/** "≈ $1.73" (or a range) in the shopper's display currency and the page's number format. */
export function Approx({ min, max }: { min: number; max?: number }) {
  const { currency, rates } = useDisplay();
  const locale = useLocale();
  return <>{formatConvertedRange(min, max ?? min, currency, rates, locale)}</>;
}
