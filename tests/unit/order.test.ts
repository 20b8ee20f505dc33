import { describe, expect, it } from 'vitest';
import { orderOffer, parseQuantity } from '@/lib/domain/order';
import { fromFen } from '@/lib/domain/pricing';
import { bottle, phoneCase } from '../fixtures/offers';

describe('an order across variants', () => {
  it('chooses the tier by the offer’s total over all variants (tiered, quoteType 0/2)', () => {
    // 40 black + 60 white: neither alone reaches a tier, the 100 together do.
    const order = orderOffer(phoneCase, { 'c-bk-s': 40, 'c-wh-m': 60 });
    expect(order.totalQuantity).toBe(100);
    expect(order.tierIndex).toBe(0);
    expect(order.problems).toEqual([]);
    expect(order.lines.map((l) => [l.skuId, l.unitPriceFen, l.lineFen])).toEqual([
      ['c-bk-s', 350, 14_000],
      ['c-wh-m', 350, 21_000],
    ]);
    expect(order.totalFen).toBe(35_000);

    const bigger = orderOffer(phoneCase, { 'c-bk-s': 200, 'c-wh-m': 300 });
    expect(bigger.tierIndex).toBe(1);
    expect(bigger.lines.every((l) => l.unitPriceFen === 280)).toBe(true);
    expect(bigger.totalFen).toBe(140_000);
  });

  it('charges each variant its own price when the offer is priced per SKU (quoteType 1)', () => {
    const order = orderOffer(bottle, { 'b-350': 3, 'b-500': 2 });
    expect(order.tierIndex).toBeNull();
    expect(order.lines.map((l) => l.unitPriceFen)).toEqual([1200, 1450]);
    expect(order.totalFen).toBe(3 * 1200 + 2 * 1450);
    expect(order.nextTier).toBeNull();
  });

  it('says how many pieces to add to reach the minimum order, on the total', () => {
    const order = orderOffer(phoneCase, { 'c-bk-s': 30, 'c-wh-m': 50 });
    expect(order.addForMoq).toBe(20);
    expect(order.problems).toEqual([{ code: 'below_moq', add: 20, moq: 100, lot: 1 }]);
  });

  it('says what to add (or remove) to make whole lots, on the total', () => {
    const order = orderOffer(phoneCase, { 'c-bk-s': 57, 'c-wh-m': 60 });
    expect(order.addForLot).toBe(3);
    expect(order.problems).toEqual([
      { code: 'lot_size', lot: 10, add: 3, up: 120, remove: 7, down: 110 },
    ]);
    // Below the MOQ and off the lot size at once: one message, to the first valid quantity.
    const odd = orderOffer({ ...phoneCase, moq: 95 }, { 'c-bk-s': 41 });
    expect(odd.problems).toEqual([{ code: 'below_moq', add: 59, moq: 95, lot: 10 }]);
  });

  it('tells how many more pieces reach the next tier and what that saves', () => {
    const order = orderOffer(phoneCase, { 'c-bk-s': 200, 'c-wh-m': 250 });
    expect(order.nextTier).toEqual({
      index: 1,
      addQuantity: 50,
      minQuantity: 500,
      priceFen: 280,
      savingFen: 500 * 70,
    });
    expect(orderOffer(phoneCase, { 'c-bk-s': 2000 }).nextTier).toBeNull();
  });

  it('flags variants ordered beyond their stock', () => {
    const order = orderOffer(phoneCase, { 'c-bk-m': 40, 'c-wh-s': 10, 'c-bk-s': 50 });
    expect(Object.fromEntries(order.lines.map((l) => [l.skuId, l.stockProblem]))).toEqual({
      'c-bk-m': { code: 'low_stock', stock: 30 },
      'c-wh-s': { code: 'out_of_stock' },
      'c-bk-s': null,
    });
  });

  it('adds money in integer fen: no floating-point drift', () => {
    const cheap = { ...phoneCase, moq: 1, lotSize: 1, tiers: [{ minQuantity: 1, price: 0.1 }] };
    const order = orderOffer(cheap, { 'c-bk-s': 1, 'c-bk-m': 1, 'c-wh-m': 1 });
    expect(order.totalFen).toBe(30);
    expect(fromFen(order.totalFen)).toBe(0.3);
    expect(0.1 + 0.1 + 0.1).not.toBe(0.3);
    const fine = orderOffer(
      { ...cheap, tiers: [{ minQuantity: 1, price: 1.15 }] },
      { 'c-bk-s': 3 },
    );
    expect(fine.totalFen).toBe(345);
  });

  it('ignores empty, zero and impossible quantities', () => {
    const order = orderOffer(phoneCase, { 'c-bk-s': 0, 'c-wh-m': -5, 'c-bk-m': 1.5 });
    expect(order.totalQuantity).toBe(0);
    expect(order.lines).toEqual([]);
    expect(order.problems).toEqual([]);
  });
});

describe('typed and pasted quantities', () => {
  it.each([
    ['40', 40],
    [' 1,000 ', 1000],
    ['40 pcs', 40],
    ['60件', 60],
    ['1 200', 1200],
    ['', null],
    ['abc', null],
    ['-5', null],
    ['99999999999', 9_999_999],
  ])('%j → %j', (text, n) => {
    expect(parseQuantity(text)).toBe(n);
  });
});
