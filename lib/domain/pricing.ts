/**
 * Wholesale price arithmetic at its smallest: money in integer fen (0.01 CNY) so that 3 × 0.1
 * is 0.30, not 0.30000000000000004, and which tier a quantity falls in. The order across
 * variants (order.ts) and everything that totals money builds on these.
 */
import type { PriceTier, Product, Sku } from './schemas';

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

type Priced = Pick<Product, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit'>;

export type Quote = {
  unitPrice: number;
  totalFen: number;
  /** The tier that sets the price, or null when the SKU's own price does. */
  tierIndex: number | null;
  problems: string[];
};

export function quote(product: Priced, sku: Sku | null, quantity: number): Quote {
  const problems: string[] = [];
  const valid = Number.isInteger(quantity) && quantity > 0;
  if (!valid) problems.push('Enter a whole number of units.');
  const qty = valid ? quantity : 0;
  if (valid && qty < product.moq) {
    problems.push(`The minimum order is ${product.moq} ${plural(product.unit, product.moq)}.`);
  }
  if (valid && product.lotSize > 1 && qty % product.lotSize !== 0) {
    problems.push(
      `Sold in lots of ${product.lotSize}: order a multiple of ${product.lotSize} (for example ${Math.max(product.lotSize, Math.ceil(qty / product.lotSize) * product.lotSize)}).`,
    );
  }
  if (valid && sku && sku.stock < qty) {
    problems.push(
      sku.stock === 0
        ? 'This variant is out of stock.'
        : `Only ${sku.stock} ${plural(product.unit, sku.stock)} of this variant in stock.`,
    );
  }
  const tierIndex =
    product.pricing === 'per_sku' && sku ? null : tierIndexFor(product.tiers, Math.max(qty, 1));
  const unitPrice =
    tierIndex === null ? (sku as Sku).price : (product.tiers[tierIndex] as PriceTier).price;
  return { unitPrice, totalFen: toFen(unitPrice) * qty, tierIndex, problems };
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
