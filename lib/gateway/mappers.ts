/**
 * Pure mappers from 1688's raw shapes to pifa's domain types. Prices arrive as CNY decimal
 * strings; quoteType decides what the buyer pays (0: tiers; 1: each SKU's price; 2: SKUs exist
 * but the tiers are the price); ids stay strings.
 */
import {
  type Category,
  type PriceTier,
  type Product,
  type ProductSummary,
  type Sku,
  type Supplier,
  type SupplierBadge,
  toSupplierRef,
} from '@/lib/domain/schemas';
import type { RawProductDetail, RawSearchOffer } from './raw-schemas';

const CDN = 'https://cbu01.alicdn.com/';

export function toImageUrl(src: string | undefined): string | undefined {
  if (!src) return undefined;
  if (/^https?:\/\//i.test(src)) return src;
  if (src.startsWith('//')) return `https:${src}`;
  return CDN + src.replace(/^\/+/, '');
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A promotion price of 0 or "" means "no promotion", never "free". */
export function effectivePrice(
  price?: number,
  promotion?: number,
  consign?: number,
): number | undefined {
  if (promotion !== undefined && promotion > 0) return round2(promotion);
  if (price !== undefined && price > 0) return round2(price);
  if (consign !== undefined && consign > 0) return round2(consign);
  return undefined;
}

const BADGES: [RegExp, SupplierBadge][] = [
  [/super_?factory|超级工厂/i, 'super_factory'],
  [/powerful_?merchants?|实力商家/i, 'powerful_merchant'],
  [/tp_?member|诚信通/i, 'tp_member'],
];

/** Identity badges come as codes, as "code-中文label", or as Chinese labels only. */
export function toBadges(identities: readonly string[]): SupplierBadge[] {
  return BADGES.filter(([re]) => identities.some((identity) => re.test(identity))).map(
    ([, badge]) => badge,
  );
}

export function toRate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value.replace('%', '').trim());
  if (!Number.isFinite(n)) return undefined;
  const rate = value.includes('%') || n > 1 ? n / 100 : n;
  return Math.min(1, Math.max(0, rate));
}

const clampScore = (n: number | undefined) =>
  n === undefined ? undefined : Math.min(5, Math.max(0, n));

/** The supplier behind an offer, from a search row or a detail (both carry the seller's data). */
export function toSupplier(
  raw: Pick<RawSearchOffer, 'sellerOpenId' | 'companyName' | 'sellerIdentities' | 'sellerDataInfo'>,
  location: string,
): Supplier {
  const badges = toBadges(raw.sellerIdentities);
  const info = raw.sellerDataInfo ?? {};
  return {
    id: raw.sellerOpenId || 'unknown',
    name: raw.companyName || '1688 supplier',
    nameZh: raw.companyName,
    location,
    yearsOn1688: info.tpYear === undefined ? undefined : Math.max(0, Math.round(info.tpYear)),
    badges,
    isFactory: badges.includes('super_factory'),
    scores: {
      composite: clampScore(info.compositeServiceScore),
      quality: clampScore(info.offerExperienceScore),
      logistics: clampScore(info.logisticsExperienceScore),
      dispute: clampScore(info.disputeComplaintScore),
    },
    repurchaseRate: toRate(info.repeatPurchasePercent),
  };
}

/** The dropshipping fields, given only where 1688 says the offer is sold by the piece. */
function dropshipOf(
  onePiece: boolean,
  consign: number | undefined,
): Pick<ProductSummary, 'consignPrice' | 'onePiece'> {
  if (!onePiece) return {};
  return consign !== undefined && consign > 0
    ? { onePiece, consignPrice: round2(consign) }
    : { onePiece };
}

export function toProductSummary(raw: RawSearchOffer): ProductSummary | null {
  const price = effectivePrice(
    raw.priceInfo?.price,
    raw.priceInfo?.promotionPrice,
    raw.priceInfo?.consignPrice,
  );
  const title = raw.subjectTrans || raw.subject;
  if (price === undefined || !title) return null;
  const supplier = toSupplier(raw, raw.companyAddress ?? '');
  return {
    id: raw.offerId,
    title,
    titleZh: raw.subject ?? '',
    image: toImageUrl(raw.imageUrl) ?? '',
    price: { min: price, max: price, currency: 'CNY' },
    moq: Math.max(1, Math.round(raw.minOrderQuantity ?? 1)),
    unit: 'piece',
    sales30d: Math.max(0, Math.round(raw.monthSold ?? 0)),
    categoryId: raw.thirdCategoryId || raw.secondCategoryId || raw.topCategoryId || '',
    supplier: toSupplierRef(supplier),
    isFactory: supplier.isFactory,
    shipsIn48h: /shipIn(24|48)Hours/i.test(
      raw.productSimpleShippingInfo?.shippingTimeGuarantee ?? '',
    ),
    ...dropshipOf(raw.isOnePsale, raw.priceInfo?.consignPrice),
  };
}

function toTiers(raw: RawProductDetail): PriceTier[] {
  const tiers: PriceTier[] = [];
  const ranges = [...(raw.productSaleInfo?.priceRangeList ?? [])].sort(
    (a, b) => (a.startQuantity ?? 1) - (b.startQuantity ?? 1),
  );
  for (const r of ranges) {
    const price = effectivePrice(r.price, r.promotionPrice);
    if (price === undefined) continue;
    tiers.push({ minQuantity: Math.max(1, Math.round(r.startQuantity ?? 1)), price });
  }
  return tiers;
}

export function toProduct(raw: RawProductDetail): Product | null {
  const title = raw.subjectTrans || raw.subject;
  if (!title) return null;
  const quoteType = raw.productSaleInfo?.quoteType ?? 0;
  const skus: Sku[] = raw.productSkuInfos.map((s, i) => ({
    id: s.skuId ?? s.specId ?? `${raw.offerId}-${i + 1}`,
    attributes: s.skuAttributes.map((a) => ({
      name: a.attributeNameTrans || a.attributeName || 'Option',
      nameZh: a.attributeName,
      value: a.valueTrans || a.value || '',
      valueZh: a.value,
    })),
    price: effectivePrice(s.price, s.promotionPrice, s.consignPrice) ?? 0,
    stock: Math.max(0, Math.round(s.amountOnSale ?? 0)),
    image: toImageUrl(s.skuAttributes.find((a) => a.skuImageUrl)?.skuImageUrl),
  }));
  let tiers = toTiers(raw);
  const moq = Math.max(1, Math.round(raw.minOrderQuantity ?? tiers[0]?.minQuantity ?? 1));
  const pricing: Product['pricing'] =
    quoteType === 1 && skus.some((s) => s.price > 0) ? 'per_sku' : 'tiered';
  if (pricing === 'per_sku' || tiers.length === 0) {
    const priced = skus.map((s) => s.price).filter((p) => p > 0);
    if (priced.length === 0) return null;
    tiers = [{ minQuantity: moq, price: Math.min(...priced) }];
  }
  if (pricing === 'tiered') {
    // The tiers are what the buyer pays (quoteType 0 and 2): SKU prices are not shown as prices.
    for (const sku of skus) sku.price = tiers[0]!.price;
  }
  const prices =
    pricing === 'per_sku'
      ? skus.map((s) => s.price).filter((p) => p > 0)
      : tiers.map((t) => t.price);
  const images = (raw.productImage?.images ?? []).map(toImageUrl).filter((s): s is string => !!s);
  const from = raw.productShippingInfo?.sendGoodsAddressText ?? '';
  const supplier = toSupplier(raw, from);
  const ship = raw.productShippingInfo;
  const sale = raw.productSaleInfo;
  const onePiece = raw.isOnePsale || raw.tagInfoList.some((t) => t.key === 'isOnePsale' && t.value);
  const skuConsign = raw.productSkuInfos
    .map((s) => s.consignPrice)
    .filter((p): p is number => p !== undefined && p > 0);
  const consign =
    sale?.fenxiaoSaleInfo?.onePiecePrice ??
    sale?.consignPrice ??
    (skuConsign.length ? Math.min(...skuConsign) : undefined);
  return {
    id: raw.offerId,
    title,
    titleZh: raw.subject ?? '',
    image: images[0] ?? skus.find((s) => s.image)?.image ?? '',
    images: images.length ? images : [skus.find((s) => s.image)?.image ?? ''],
    price: { min: Math.min(...prices), max: Math.max(...prices), currency: 'CNY' },
    moq,
    unit:
      raw.productSaleInfo?.unitInfo?.transUnit || raw.productSaleInfo?.unitInfo?.unit || 'piece',
    sales30d: Math.max(0, Math.round(raw.monthSold ?? 0)),
    categoryId: raw.categoryId ?? '',
    supplier,
    isFactory: supplier.isFactory,
    shipsIn48h: /shipIn(24|48)Hours/i.test(ship?.shippingTimeGuarantee ?? ''),
    ...dropshipOf(onePiece, consign),
    pricing,
    tiers,
    lotSize: Math.max(1, Math.round(raw.batchNumber ?? 1)),
    skus,
    attributes: raw.productAttribute.map((a) => ({
      name: a.attributeNameTrans || a.attributeName || '',
      nameZh: a.attributeName,
      value: a.valueTrans || a.value || '',
      valueZh: a.value,
    })),
    description: raw.description ?? '',
    shipping: {
      from,
      weightKg: ship?.weight,
      dimensionsCm:
        ship?.length && ship.width && ship.height
          ? { length: ship.length, width: ship.width, height: ship.height }
          : undefined,
    },
    sourceUrl: `https://detail.1688.com/offer/${raw.offerId}.html`,
    createdAt: raw.createDate,
  };
}

export type RawCategoryNode = { id: string; nameZh: string; isLeaf: boolean };

export function toCategory(
  node: RawCategoryNode,
  name: string | undefined,
  children: Category[],
): Category {
  return { id: node.id, name: name || node.nameZh, nameZh: node.nameZh, children };
}
