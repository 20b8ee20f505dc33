'use client';

import { useDisplay } from '@/components/layout/display-context';
import { formatConverted } from '@/lib/domain/currency';

/** "≈ $1.73" (or a range) in the shopper's display currency. */
export function Approx({ min, max }: { min: number; max?: number }) {
  const { currency, rates } = useDisplay();
  const range = max !== undefined && max !== min;
  return (
    <>
      {formatConverted(min, currency, rates)}
      {range ? `–${formatConverted(max, currency, rates).slice(2)}` : ''}
    </>
  );
}
