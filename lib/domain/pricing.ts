/**
 * Wholesale price arithmetic at its smallest: money in integer fen (0.01 CNY) so that 3 × 0.1
 * is 0.30, not 0.30000000000000004, and which tier a quantity falls in. The order across
 * variants (order.ts) and everything that totals money builds on these.
 */
import type { PriceTier } from './schemas';

export const toFen = (yuan: number): number => Math.round(yuan * 100);
export const fromFen = (fen: number): number => fen / 100;

/** A percentage of an amount in fen, rounded to the fen (2.5 % of 1 fen is 0). */
export const percentOfFen = (fen: number, percent: number): number =>
  Math.round((fen * percent) / 100);

/** Index of the tier whose band holds `quantity`; the first tier below the MOQ. */
export function tierIndexFor(tiers: readonly PriceTier[], quantity: number): number {
  let index = 0;
  tiers.forEach((tier, i) => {
    if (quantity >= tier.minQuantity) index = i;
  });
  return index;
}

/** "100–499 pieces" or "≥ 2000 pieces": the quantities a tier covers. */
export function tierBand(tiers: readonly PriceTier[], index: number, unit: string): string {
  const tier = tiers[index];
  const next = tiers[index + 1];
  if (!tier) return '';
  return next
    ? `${tier.minQuantity}–${next.minQuantity - 1} ${plural(unit, 2)}`
    : `≥ ${tier.minQuantity} ${plural(unit, 2)}`;
}

export function plural(unit: string, n: number): string {
  if (n === 1) return unit;
  if (unit === 'piece') return 'pieces';
  if (unit.endsWith('s')) return unit;
  if (unit === 'box') return 'boxes';
  return `${unit}s`;
}

/** "12 pieces", "1 set". */
export function countOf(n: number, unit: string): string {
  return `${n.toLocaleString('en-US')} ${plural(unit, n)}`;
}
