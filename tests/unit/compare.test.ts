import { describe, expect, it } from 'vitest';
import { bestOf, compareOffers, parseCompareIds, parseCompareQuantity } from '@/lib/domain/compare';
import { compareHref } from '@/lib/domain/compare-links';
import { defaultLandedOptions } from '@/lib/domain/landed-cost';
import { bottle, phoneCase } from '../fixtures/offers';

describe('comparison URLs', () => {
  it('keep up to four valid, distinct offer ids', () => {
    expect(parseCompareIds('1,2,x,2,3,4,5')).toEqual(['1', '2', '3', '4']);
    expect(parseCompareIds(null)).toEqual([]);
    expect(parseCompareQuantity('500')).toBe(500);
    expect(parseCompareQuantity('0')).toBeNull();
    expect(parseCompareQuantity('1e3')).toBeNull();
    expect(compareHref(['11', '22'], 500)).toBe('/compare?ids=11,22&qty=500');
  });
});

describe('offers side by side', () => {
  it('prices each offer at the buyer’s quantity through the order rules', () => {
    const { columns, best } = compareOffers([phoneCase, bottle], 500, defaultLandedOptions());
    const [caseCol, bottleCol] = columns;
    expect(caseCol!.unitPriceFen).toBe(280);
    expect(caseCol!.order.totalFen).toBe(500 * 280);
    // Per-SKU: the cheapest variant in stock, and the dearest for the range.
    expect(bottleCol!.unitPriceFen).toBe(1200);
    expect(bottleCol!.maxUnitPriceFen).toBe(1450);
    expect(best.unitPrice).toEqual([0]);
    expect(best.moq).toEqual([1]);
    expect(caseCol!.stock).toBe(800 + 30 + 0 + 900);
    expect(caseCol!.variants).toBe(4);
    expect(caseCol!.landed.totalFen).toBeGreaterThan(caseCol!.order.totalFen);
    expect(best.landed).toEqual([0]);
  });

  it('warns when the quantity is below an offer’s minimum', () => {
    const { columns } = compareOffers([phoneCase], 50, defaultLandedOptions());
    expect(columns[0]!.order.problems[0]).toMatchObject({ code: 'below_moq', moq: 100 });
  });

  it('marks the best value only where values differ', () => {
    expect(bestOf([3, 1, 1, null], 'low')).toEqual([1, 2]);
    expect(bestOf([3, 5], 'high')).toEqual([1]);
    expect(bestOf([2, 2], 'low')).toEqual([]);
    expect(bestOf([2, null], 'low')).toEqual([]);
  });
});
