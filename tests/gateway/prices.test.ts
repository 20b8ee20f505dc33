import { describe, expect, it } from 'vitest';
import { product as productSchema, productSummary } from '@/lib/domain/schemas';
import { promotionLabel } from '@/lib/domain/promotions';
import { itemsOf, readDetail, readSearch } from '@/lib/gateway/shapes';
import { detailPayload, searchPayloadOf, searchRow } from '../fixtures/1688-shapes';

const ignore = () => {};
const summaryOf = (row: Record<string, unknown>) =>
  productSummary.parse(itemsOf(readSearch('search', searchPayloadOf([row]), ignore))[0]);
const productOf = (quoteType: 0 | 1 | 2, overrides = {}) =>
  productSchema.parse(readDetail('detail', detailPayload(quoteType, overrides), ignore));

describe('what every buyer pays, and promotions beside it', () => {
  it('search rows: the list price is the price; a promotion is labelled with its kind', () => {
    const s = summaryOf(
      searchRow({
        priceInfo: { price: '10.00', promotionPrice: '9.20', consignPrice: '11.00' },
        promotionModel: { promotionType: 'plus' },
      }),
    );
    expect(s.price).toEqual({ min: 10, max: 10, currency: 'CNY' });
    expect(s.promotion).toEqual({ kind: 'plus', label: '1688 Plus members', price: 9.2 });
  });

  it('"0.00", "" or a promotion at or above the list price is no promotion', () => {
    for (const promotionPrice of ['0.00', '', '10.00', '12.00']) {
      const s = summaryOf(searchRow({ priceInfo: { price: '10.00', promotionPrice } }));
      expect(s.price.min).toBe(10);
      expect(s.promotion).toBeUndefined();
    }
  });

  it('kinds pifa does not know are still shown as a promotion, with their name', () => {
    expect(promotionLabel('flash_sale')).toBe('Promotion (flash_sale)');
    expect(promotionLabel('')).toBe('Promotion');
    expect(promotionLabel('PLUS')).toBe('1688 Plus members');
    const s = summaryOf(searchRow({ priceInfo: { price: '8.00', promotionPrice: '6.80' } }));
    expect(s.promotion).toEqual({ kind: '', label: 'Promotion', price: 6.8 });
  });

  it('the dropship price (consignPrice) never stands in for a missing list price', () => {
    const reported: string[] = [];
    const read = readSearch(
      'search',
      searchPayloadOf([
        searchRow({ priceInfo: { consignPrice: '4.20' } }),
        searchRow({ offerId: 2 }),
      ]),
      (issues) => reported.push(...issues.map((i) => i.kind)),
    );
    expect(itemsOf(read).map((i) => i.id)).toEqual(['2']);
    expect(reported).toEqual(['priceInfo.price missing']);
  });

  it('quoteType 0: the tiers are priceRangeList.price; promoted tiers sit beside them', () => {
    const p = productOf(0);
    expect(p.pricing).toBe('tiered');
    expect(p.tiers).toEqual([
      { minQuantity: 2, price: 28 },
      { minQuantity: 100, price: 24 },
    ]);
    expect(p.price).toEqual({ min: 24, max: 28, currency: 'CNY' });
    expect(p.promotion).toEqual({
      kind: 'plus',
      label: '1688 Plus members',
      price: 22,
      tiers: [
        { minQuantity: 2, price: 25.8 },
        { minQuantity: 100, price: 22 },
      ],
    });
    for (const s of p.skus) expect(s.promotionPrice).toBeUndefined();
  });

  it('quoteType 1: each SKU pays its own list price; its promotion is kept beside it', () => {
    const p = productOf(1);
    expect(p.pricing).toBe('per_sku');
    expect(p.skus.map((s) => [s.price, s.promotionPrice])).toEqual([
      [30, 27],
      [35.5, undefined],
    ]);
    expect(p.tiers).toEqual([{ minQuantity: 2, price: 30 }]);
    expect(p.price).toMatchObject({ min: 30, max: 35.5 });
    expect(p.promotion).toMatchObject({ kind: 'plus', price: 27 });
    expect(p.promotion?.tiers).toBeUndefined();
  });

  it('quoteType 2: SKUs exist but the tiers are what the buyer pays, not the SKU prices', () => {
    const p = productOf(2);
    expect(p.pricing).toBe('tiered');
    expect(p.price).toMatchObject({ min: 24, max: 28 });
    for (const s of p.skus) expect(s.price).toBe(28);
    expect(p.promotion?.price).toBe(22);
  });

  it('a promotion given only as promotionModel.promotionPrice is shown beside the tiers', () => {
    const p = productOf(0, {
      productSaleInfo: {
        priceRangeList: [{ startQuantity: 2, price: '28.00' }],
        quoteType: 0,
      },
      promotionModel: { promotionType: 'newbuyer', promotionPrice: '26.00' },
    });
    expect(p.tiers).toEqual([{ minQuantity: 2, price: 28 }]);
    expect(p.promotion).toEqual({ kind: 'newbuyer', label: 'New buyers', price: 26 });
  });
});
