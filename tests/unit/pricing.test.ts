import { describe, expect, it } from 'vitest';
import {
  formatCny,
  formatCnyRange,
  formatConverted,
  parseRates,
  DEFAULT_RATES,
} from '@/lib/domain/currency';
import { percentOfFen, plural, tierBand, tierIndexFor } from '@/lib/domain/pricing';

const tiers = [
  { minQuantity: 10, price: 0.3 },
  { minQuantity: 100, price: 0.25 },
  { minQuantity: 1000, price: 0.1 },
];
describe('price tiers', () => {
  it('picks the tier whose band holds the quantity', () => {
    expect(tierIndexFor(tiers, 10)).toBe(0);
    expect(tierIndexFor(tiers, 99)).toBe(0);
    expect(tierIndexFor(tiers, 100)).toBe(1);
    expect(tierIndexFor(tiers, 5000)).toBe(2);
  });

  it('names the quantities of each band', () => {
    expect(tierBand(tiers, 0, 'piece')).toBe('10–99 pieces');
    expect(tierBand(tiers, 2, 'pair')).toBe('≥ 1000 pairs');
    expect(plural('box', 2)).toBe('boxes');
  });

  it('takes percentages of fen amounts to the fen', () => {
    expect(percentOfFen(55_000, 5)).toBe(2750);
    expect(percentOfFen(333, 2.5)).toBe(8);
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
