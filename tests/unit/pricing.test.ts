import { describe, expect, it } from 'vitest';
import {
  formatCny,
  formatCnyRange,
  formatConverted,
  parseRates,
  DEFAULT_RATES,
} from '@/lib/domain/currency';
import { quote, tierIndexFor } from '@/lib/domain/pricing';
import type { Sku } from '@/lib/domain/schemas';

const tiers = [
  { minQuantity: 10, price: 0.3 },
  { minQuantity: 100, price: 0.25 },
  { minQuantity: 1000, price: 0.1 },
];
const tiered = { pricing: 'tiered' as const, tiers, moq: 10, lotSize: 10, unit: 'piece' };
const sku = (price: number, stock: number): Sku => ({ id: '1', attributes: [], price, stock });

describe('price tiers', () => {
  it('picks the tier whose band holds the quantity', () => {
    expect(tierIndexFor(tiers, 10)).toBe(0);
    expect(tierIndexFor(tiers, 99)).toBe(0);
    expect(tierIndexFor(tiers, 100)).toBe(1);
    expect(tierIndexFor(tiers, 5000)).toBe(2);
  });

  it('totals in fen without floating-point drift', () => {
    expect(quote(tiered, null, 30)).toMatchObject({
      unitPrice: 0.3,
      totalFen: 900,
      tierIndex: 0,
      problems: [],
    });
    expect(quote(tiered, null, 1000).totalFen).toBe(10_000);
  });

  it('explains quantities below the MOQ or off the lot size', () => {
    expect(quote(tiered, null, 5).problems).toEqual([
      'The minimum order is 10 pieces.',
      'Sold in lots of 10: order a multiple of 10 (for example 10).',
    ]);
    expect(quote(tiered, null, 15).problems).toEqual([
      'Sold in lots of 10: order a multiple of 10 (for example 20).',
    ]);
    expect(quote(tiered, null, NaN).problems).toEqual(['Enter a whole number of units.']);
  });

  it('uses the SKU price for per-SKU offers and warns about stock', () => {
    const perSku = { ...tiered, pricing: 'per_sku' as const, lotSize: 1 };
    expect(quote(perSku, sku(2.5, 100), 20)).toMatchObject({
      unitPrice: 2.5,
      totalFen: 5000,
      tierIndex: null,
    });
    expect(quote(perSku, sku(2.5, 12), 20).problems).toEqual([
      'Only 12 pieces of this variant in stock.',
    ]);
    expect(quote(perSku, sku(2.5, 0), 20).problems).toEqual(['This variant is out of stock.']);
  });

  it('uses tier prices for tiered offers whatever the SKU says', () => {
    expect(quote(tiered, sku(9.99, 1000), 100).unitPrice).toBe(0.25);
  });
});

describe('currencies', () => {
  it('formats CNY and approximate conversions', () => {
    expect(formatCny(12.5)).toBe('CN¥12.50');
    expect(formatCnyRange(1.2, 3.4)).toBe('CN¥1.20–3.40');
    expect(formatConverted(100, 'USD', DEFAULT_RATES)).toBe('≈ $13.80');
    expect(formatConverted(100, 'JPY', DEFAULT_RATES)).toBe('≈ ¥2,130');
  });

  it('reads rate overrides and ignores entries that do not parse', () => {
    const rates = parseRates('USD=0.2, EUR=abc,XXX=3,GBP=-1');
    expect(rates.USD).toBe(0.2);
    expect(rates.EUR).toBe(DEFAULT_RATES.EUR);
    expect(rates.GBP).toBe(DEFAULT_RATES.GBP);
  });
});
