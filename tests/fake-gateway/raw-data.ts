/**
 * The mock catalog dressed as 1688 answers: numeric offer ids, prices as CNY strings, Chinese
 * subjects with translations, identities in the three spellings seen in the wild, quoteType
 * 0, 1 and 2, and pictures served by the fake gateway itself (no traffic leaves the machine).
 */
import type { Product, ProductSummary } from '@/lib/domain/schemas';
import type { MockCatalog } from '@/lib/mock/catalog';
import { PLACES } from '@/lib/mock/data/places';

const money = (n: number) => n.toFixed(2);

function identities(badges: string[], variant: number): string[] {
  const labels: Record<string, [string, string]> = {
    super_factory: ['super_factory', '超级工厂'],
    powerful_merchant: ['powerful_merchants', '实力商家'],
    tp_member: ['tp_member', '诚信通会员'],
  };
  return badges.map((b) => {
    const [code, zh] = labels[b]!;
    return variant % 3 === 0 ? code : variant % 3 === 1 ? `${code}-${zh}` : zh;
  });
}

export function imageOn(base: string, src: string): string {
  return src.startsWith('/') ? `${base}${src}` : src;
}

function sellerData(catalog: MockCatalog, supplierId: string) {
  const s = catalog.suppliers.find((x) => x.id === supplierId)!;
  return {
    supplier: s,
    sellerDataInfo: {
      tpYear: s.yearsOn1688,
      compositeServiceScore: String(s.scores?.composite),
      logisticsExperienceScore: String(s.scores?.logistics),
      disputeComplaintScore: String(s.scores?.dispute),
      offerExperienceScore: String(s.scores?.quality),
      repeatPurchasePercent: `${Math.round((s.repurchaseRate ?? 0) * 100)}%`,
    },
  };
}

export function toSearchRow(
  catalog: MockCatalog,
  summary: ProductSummary,
  base: string,
  withCompany: boolean,
) {
  const { supplier, sellerDataInfo } = sellerData(catalog, summary.supplier.id);
  const n = Number(summary.id.slice(-3));
  const [top, second] = [summary.categoryId.slice(0, 3), summary.categoryId.slice(0, 5)];
  return {
    offerId: Number(summary.id),
    subject: summary.titleZh,
    subjectTrans: summary.title,
    imageUrl: imageOn(base, summary.image),
    priceInfo: {
      price: money(summary.price.min),
      consignPrice: money(summary.consignPrice ?? summary.price.min * 1.05),
      promotionPrice: n % 2 ? '' : '0.00',
    },
    isOnePsale: summary.onePiece === true,
    minOrderQuantity: summary.moq,
    monthSold: summary.sales30d,
    repurchaseRate: `${Math.round((supplier.repurchaseRate ?? 0) * 100)}%`,
    sellerIdentities: identities(supplier.badges, n),
    sellerDataInfo,
    sellerOpenId: supplier.id,
    productSimpleShippingInfo: {
      shippingTimeGuarantee: summary.shipsIn48h
        ? n % 2
          ? 'shipIn48Hours'
          : 'shipIn24Hours'
        : null,
    },
    topCategoryId: Number(top),
    secondCategoryId: Number(second),
    thirdCategoryId: Number(summary.categoryId),
    ...(withCompany
      ? { companyName: supplier.nameZh, companyAddress: `${supplier.province} ${supplier.city}` }
      : {}),
    unknownFutureField: { note: 'fields pifa does not know must be ignored' },
  };
}

export function toDetail(catalog: MockCatalog, product: Product, base: string) {
  const { supplier, sellerDataInfo } = sellerData(catalog, product.supplier.id);
  const place = PLACES[supplier.cityKey];
  const n = Number(product.id.slice(-3));
  const quoteType =
    product.pricing === 'per_sku' ? 1 : product.skus.length > 1 && n % 2 === 0 ? 2 : 0;
  const description = product.description.replace(
    /https:\/\/img\.alicdn\.com\/[^"]+/g,
    product.images[0]!,
  );
  return {
    offerId: Number(product.id),
    categoryId: Number(product.categoryId),
    subject: product.titleZh,
    subjectTrans: product.title,
    description,
    productImage: { images: product.images.map((src) => imageOn(base, src)) },
    productAttribute: product.attributes.map((a) => ({
      attributeName: a.nameZh,
      value: a.valueZh,
      attributeNameTrans: a.name,
      valueTrans: a.value,
    })),
    productSkuInfos: product.skus.map((s, i) => ({
      skuId: Number(s.id),
      specId: `spec${s.id}`,
      // For quoteType 2 the SKU price is not what the buyer pays: make that visible.
      price: money(quoteType === 2 ? s.price * 1.5 : s.price),
      promotionPrice: i % 3 === 0 ? '0.00' : '',
      amountOnSale: s.stock,
      skuAttributes: s.attributes.map((a, k) => ({
        attributeName: a.nameZh,
        attributeNameTrans: a.name,
        value: a.valueZh,
        valueTrans: a.value,
        ...(k === 0 && s.image ? { skuImageUrl: imageOn(base, s.image) } : {}),
      })),
    })),
    productSaleInfo: {
      amountOnSale: product.skus.reduce((sum, s) => sum + s.stock, 0),
      priceRangeList:
        quoteType === 1
          ? null
          : product.tiers.map((t) => ({ startQuantity: t.minQuantity, price: money(t.price) })),
      quoteType,
      consignPrice: '',
      ...(product.consignPrice === undefined
        ? {}
        : { fenxiaoSaleInfo: { onePiecePrice: money(product.consignPrice), startQuantity: 1 } }),
      unitInfo: { unit: '件', transUnit: product.unit },
    },
    tagInfoList: [{ key: 'isOnePsale', value: product.onePiece === true }],
    minOrderQuantity: product.moq,
    batchNumber: product.lotSize,
    sellerOpenId: supplier.id,
    companyName: supplier.nameZh,
    sellerIdentities: identities(supplier.badges, n),
    sellerDataInfo,
    monthSold: product.sales30d,
    productShippingInfo: {
      sendGoodsAddressText: place
        ? `${place.provinceZh}省 ${place.cityZh}市`
        : product.shipping.from,
      weight: product.shipping.weightKg,
      length: product.shipping.dimensionsCm?.length,
      width: product.shipping.dimensionsCm?.width,
      height: product.shipping.dimensionsCm?.height,
      shippingTimeGuarantee: product.shipsIn48h ? 'shipIn48Hours' : undefined,
    },
    status: 'published',
    createDate: product.createdAt,
  };
}
