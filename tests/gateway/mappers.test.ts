import { describe, expect, it } from 'vitest';
import { product as productSchema, productSummary } from '@/lib/domain/schemas';
import { parseRaw, unwrap } from '@/lib/gateway/envelope';
import { positivePrice, toBadges, toImageUrl, toProduct, toRate } from '@/lib/gateway/mappers';
import { categoryGet, productDetail, searchPayload } from '@/lib/gateway/raw-schemas';
import { itemsOf, readSearch } from '@/lib/gateway/shapes';

const sku = (id: number, price: string, colour: string, extra: Record<string, unknown> = {}) => ({
  skuId: id,
  specId: `s${id}`,
  price,
  promotionPrice: '',
  amountOnSale: '120',
  skuAttributes: [
    {
      attributeName: '颜色',
      attributeNameTrans: 'Colour',
      value: colour,
      valueTrans: colour === '红色' ? 'Red' : 'Blue',
      skuImageUrl: 'img/ibank/sku.jpg',
    },
  ],
  ...extra,
});

const detail = (quoteType: number | string, overrides: Record<string, unknown> = {}) =>
  parseRaw('detail', productDetail, {
    offerId: 624356789012,
    categoryId: 1031910,
    subject: '夏季连衣裙',
    subjectTrans: 'Summer Dress',
    description: '<p>hello</p>',
    productImage: { images: ['https://cbu01.alicdn.com/img/a.jpg', 'img/ibank/b.jpg'] },
    productAttribute: [
      { attributeName: '材质', value: '棉', attributeNameTrans: 'Material', valueTrans: 'Cotton' },
    ],
    productSkuInfos: [sku(1, '30.00', '红色'), sku(2, '35.50', '蓝色')],
    productSaleInfo: {
      amountOnSale: 240,
      priceRangeList: [
        { startQuantity: 100, price: '24.00' },
        { startQuantity: 2, price: '28.00' },
      ],
      quoteType,
      unitInfo: { unit: '件', transUnit: 'piece' },
    },
    minOrderQuantity: '2',
    batchNumber: null,
    sellerOpenId: 'BBBx',
    companyName: '义乌某某服饰有限公司',
    sellerIdentities: ['tp_member-诚信通会员', '超级工厂'],
    sellerDataInfo: { tpYear: '6', compositeServiceScore: '4.5', repeatPurchasePercent: '35%' },
    productShippingInfo: {
      sendGoodsAddressText: '浙江省 义乌市',
      weight: '0.3',
      length: 30,
      width: 20,
      height: '5',
    },
    status: 'published',
    somethingNew: { ignored: true },
    ...overrides,
  });

describe('quoteType', () => {
  it('0: one price by quantity; tiers sorted ascending', () => {
    const p = toProduct(detail(0))!;
    productSchema.parse(p);
    expect(p.pricing).toBe('tiered');
    expect(p.tiers).toEqual([
      { minQuantity: 2, price: 28 },
      { minQuantity: 100, price: 24 },
    ]);
    expect(p.price).toEqual({ min: 24, max: 28, currency: 'CNY' });
  });

  it('1: each SKU has its own price; one "from" tier at the MOQ', () => {
    const p = toProduct(detail(1, { productSaleInfo: { quoteType: '1', priceRangeList: null } }))!;
    productSchema.parse(p);
    expect(p.pricing).toBe('per_sku');
    expect(p.skus.map((s) => s.price)).toEqual([30, 35.5]);
    expect(p.tiers).toEqual([{ minQuantity: 2, price: 30 }]);
    expect(p.price).toMatchObject({ min: 30, max: 35.5 });
  });

  it('2: SKUs exist but the tiers are what the buyer pays', () => {
    const p = toProduct(detail(2))!;
    productSchema.parse(p);
    expect(p.pricing).toBe('tiered');
    expect(p.price).toMatchObject({ min: 24, max: 28 });
    for (const s of p.skus) expect(s.price).toBe(28);
  });
});

describe('product detail mapping', () => {
  it('keeps ids as strings and maps names, units, supplier and shipping', () => {
    const p = toProduct(detail(0))!;
    expect(p.id).toBe('624356789012');
    expect(p.categoryId).toBe('1031910');
    expect(p.skus[0]).toMatchObject({
      id: '1',
      stock: 120,
      attributes: [{ name: 'Colour', nameZh: '颜色', value: 'Red', valueZh: '红色' }],
    });
    expect(p.skus[0]!.image).toBe('https://cbu01.alicdn.com/img/ibank/sku.jpg');
    expect(p.images).toEqual([
      'https://cbu01.alicdn.com/img/a.jpg',
      'https://cbu01.alicdn.com/img/ibank/b.jpg',
    ]);
    expect(p.moq).toBe(2);
    expect(p.lotSize).toBe(1);
    expect(p.supplier).toMatchObject({
      name: '义乌某某服饰有限公司',
      yearsOn1688: 6,
      badges: ['super_factory', 'tp_member'],
      isFactory: true,
      repurchaseRate: 0.35,
    });
    expect(p.shipping).toEqual({
      from: '浙江省 义乌市',
      weightKg: 0.3,
      dimensionsCm: { length: 30, width: 20, height: 5 },
    });
    expect(p.sourceUrl).toBe('https://detail.1688.com/offer/624356789012.html');
  });

  it('treats 0, "0.00" and "" as no price, never as free', () => {
    expect(positivePrice(0)).toBeUndefined();
    expect(positivePrice(undefined)).toBeUndefined();
    expect(positivePrice(12.005)).toBe(12.01);
  });

  it('reads identities in every spelling', () => {
    expect(toBadges(['super_factory', 'powerful_merchants', 'tp_member'])).toEqual([
      'super_factory',
      'powerful_merchant',
      'tp_member',
    ]);
    expect(toBadges(['tp_member-诚信通会员'])).toEqual(['tp_member']);
    expect(toBadges(['超级工厂', '实力商家', '诚信通'])).toEqual([
      'super_factory',
      'powerful_merchant',
      'tp_member',
    ]);
    expect(toBadges(['unknown'])).toEqual([]);
  });

  it('reads rates and image paths', () => {
    expect(toRate('10%')).toBe(0.1);
    expect(toRate('0.25')).toBe(0.25);
    expect(toRate('n/a')).toBeUndefined();
    expect(toImageUrl('img/ibank/x.jpg')).toBe('https://cbu01.alicdn.com/img/ibank/x.jpg');
    expect(toImageUrl('//cbu01.alicdn.com/x.jpg')).toBe('https://cbu01.alicdn.com/x.jpg');
  });
});

describe('search rows', () => {
  const payload = parseRaw('search', searchPayload, {
    totalRecords: '2',
    totalPage: 1,
    data: [
      {
        offerId: 624356789012,
        subject: '手机壳',
        subjectTrans: 'Phone Case',
        imageUrl: 'https://cbu01.alicdn.com/a.jpg',
        priceInfo: { price: '3.50', consignPrice: '4.00', promotionPrice: '0.00' },
        minOrderQuantity: 2,
        monthSold: '1200',
        sellerIdentities: null,
        productSimpleShippingInfo: { shippingTimeGuarantee: 'shipIn24Hours' },
        thirdCategoryId: 1234,
      },
      { offerId: '1', subject: '', priceInfo: null },
    ],
  });

  it('maps rows leniently and leaves out (and reports) rows that cannot be shown', () => {
    const reported: string[] = [];
    const read = readSearch('search', payload, (issues) =>
      reported.push(...issues.map((i) => i.kind)),
    );
    const items = itemsOf(read);
    expect(items).toHaveLength(1);
    expect(read.failed).toBe(1);
    expect(reported).toEqual(['subject and subjectTrans missing']);
    const s = productSummary.parse(items[0]);
    expect(s).toMatchObject({
      id: '624356789012',
      title: 'Phone Case',
      titleZh: '手机壳',
      price: { min: 3.5 },
      moq: 2,
      sales30d: 1200,
      shipsIn48h: true,
      categoryId: '1234',
    });
    expect(payload.totalRecords).toBe(2);
  });
});

describe('dropshipping', () => {
  it('reads the dropship price and one-piece sale from search rows', () => {
    const row = (extra: Record<string, unknown>) =>
      itemsOf(
        readSearch(
          'search',
          {
            data: [
              {
                offerId: 624356789012,
                subject: '手机壳',
                subjectTrans: 'Phone Case',
                priceInfo: { price: '3.50', consignPrice: '4.80' },
                ...extra,
              },
            ],
          },
          () => {},
        ),
      )[0]!;
    expect(row({ isOnePsale: true })).toMatchObject({ onePiece: true, consignPrice: 4.8 });
    expect(row({ isOnePsale: 'false' })).not.toHaveProperty('onePiece');
    expect(row({})).not.toHaveProperty('consignPrice');
  });

  it('reads them from the detail: tag, then the one-piece price over the deprecated field', () => {
    const tagged = toProduct(
      detail(0, {
        tagInfoList: [{ key: 'isOnePsale', value: true }],
        productSaleInfo: {
          priceRangeList: [{ startQuantity: 2, price: '28.00' }],
          quoteType: 0,
          consignPrice: '31.00',
          fenxiaoSaleInfo: { onePiecePrice: '33.00' },
        },
      }),
    )!;
    expect(tagged).toMatchObject({ onePiece: true, consignPrice: 33 });
    const sku = toProduct(
      detail(0, {
        isOnePsale: true,
        productSkuInfos: [
          { skuId: 1, price: '30.00', consignPrice: '36.00', amountOnSale: 5, skuAttributes: [] },
          { skuId: 2, price: '30.00', consignPrice: '34.50', amountOnSale: 5, skuAttributes: [] },
        ],
      }),
    )!;
    expect(sku.consignPrice).toBe(34.5);
    expect(toProduct(detail(0))).not.toHaveProperty('onePiece');
  });
});

describe('envelopes', () => {
  it('unwraps twice-wrapped answers with boolean or string success', () => {
    expect(unwrap('a', { result: { success: true, result: { x: 1 } } })).toEqual({ x: 1 });
    expect(unwrap('a', { result: { success: 'true', result: 'img-1' } })).toBe('img-1');
    expect(unwrap('a', { result: { translatedName: 'Dresses' } })).toEqual({
      translatedName: 'Dresses',
    });
  });

  it('throws business failures with their code, or lets the caller decide', () => {
    expect(() =>
      unwrap('a', { result: { success: false, code: '500_001', message: 'busy' } }),
    ).toThrow(expect.objectContaining({ code: 'upstream_error', upstreamCode: '500_001' }));
    expect(unwrap('a', { result: { success: 'false', code: '404' } }, () => null)).toBeNull();
  });

  it('reports drift in the shape as a bad response naming the field', () => {
    expect(() => parseRaw('search', searchPayload, { data: 'unavailable' })).toThrow(
      expect.objectContaining({ code: 'upstream_bad_response' }),
    );
    expect(() => parseRaw('search', searchPayload, { data: 'unavailable' })).toThrow(/data/);
    expect(() => unwrap('a', { nothing: true })).toThrow(
      expect.objectContaining({ code: 'upstream_bad_response' }),
    );
  });

  it('accepts category.get with its "succes" spelling', () => {
    const raw = parseRaw('cat', categoryGet, {
      succes: 'true',
      categoryInfo: [
        { categoryID: 0, name: '全部', childCategorys: [{ id: 1, name: '女装', isLeaf: false }] },
      ],
    });
    expect(raw.succes).toBe(true);
    expect(raw.categoryInfo[0]!.childCategorys[0]).toEqual({
      id: '1',
      name: '女装',
      isLeaf: false,
    });
  });
});
