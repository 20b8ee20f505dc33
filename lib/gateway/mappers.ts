/**
 * Pure mappers from 1688's raw shapes to pifa's domain types. Prices arrive as CNY decimal
 * strings. The price every buyer pays is the list price (`price`, `priceRangeList[].price`);
 * a `promotionPrice` is a promotion beside it, labelled with its kind, and never replaces it;
 * quoteType decides what the buyer pays (0: tiers; 1: each SKU's price; 2: SKUs exist but the
 * tiers are the price). Titles and names are plain text (lib/gateway/text.ts); ids stay strings.
 */
import {
  type Category,
  type Product,
  type ProductSummary,
  type Sku,
  toSupplierRef,
} from '@/lib/domain/schemas';
import { positivePrice, promotedBelow, promotionOf, toTiers } from './map-prices';
import { supplierOf } from './map-seller';
import type { RawProductDetail, RawSearchOffer, RawTranslatedCategory } from './raw-schemas';
import { plainOrUndefined, plainText } from './text';

export { positivePrice } from './map-prices';
export { toBadges, toRate } from './map-seller';

const CDN = 'https://cbu01.alicdn.com/';

export function toImageUrl(src: string | undefined): string | undefined {
  if (!src) return undefined;
  if (/^https?:\/\//i.test(src)) return src;
  if (src.startsWith('//')) return `https:${src}`;
  return CDN + src.replace(/^\/+/, '');
}

const titleOf = (raw: { subject?: string; subjectTrans?: string }) =>
  plainText(raw.subjectTrans) || plainText(raw.subject);

/** Whether an offer is on sale: `published`, or no status given at all. */
export function isPublished(status: string | undefined): boolean {
  const s = plainText(status).toLowerCase();
  return s === '' || s === 'published';
}

/** Why a search row that matched the schema still cannot be shown, or null. */
export function summaryProblem(raw: RawSearchOffer): string | null {
  if (!titleOf(raw)) return 'subject and subjectTrans missing';
  if (positivePrice(raw.priceInfo?.price) === undefined) return 'priceInfo.price missing';
  return null;
}

export type SummaryContext = {
  /** The rows were found with 1688's `certifiedFactory` filter: 1688 vouches they are factories. */
  certifiedFactory?: boolean;
};

/** The dropshipping fields, given only where 1688 says the offer is sold by the piece. */
function dropshipOf(
  onePiece: boolean,
  consign: number | undefined,
): Pick<ProductSummary, 'consignPrice' | 'onePiece'> {
  if (!onePiece) return {};
  const consignPrice = positivePrice(consign);
  return consignPrice !== undefined ? { onePiece, consignPrice } : { onePiece };
}

export function toProductSummary(
  raw: RawSearchOffer,
  context: SummaryContext = {},
): ProductSummary | null {
  if (summaryProblem(raw)) return null;
  const price = positivePrice(raw.priceInfo?.price)!;
  const supplier = supplierOf(raw, raw.companyAddress ?? '');
  const promotion = promotionOf(
    raw.promotionModel,
    promotedBelow(price, raw.priceInfo?.promotionPrice ?? raw.promotionModel?.promotionPrice),
  );
  return {
    id: raw.offerId,
    title: titleOf(raw),
    titleZh: plainText(raw.subject),
    image: toImageUrl(raw.imageUrl) ?? '',
    price: { min: price, max: price, currency: 'CNY' },
    moq: Math.max(1, Math.round(raw.minOrderQuantity ?? 1)),
    unit: 'piece',
    sales30d: Math.max(0, Math.round(raw.monthSold ?? 0)),
    categoryId: raw.thirdCategoryId || raw.secondCategoryId || raw.topCategoryId || '',
    supplier: toSupplierRef(supplier),
    isFactory: supplier.isFactory || context.certifiedFactory === true,
    shipsIn48h: /shipIn(24|48)Hours/i.test(
      raw.productSimpleShippingInfo?.shippingTimeGuarantee ?? '',
    ),
    ...dropshipOf(raw.isOnePsale, raw.priceInfo?.consignPrice),
    ...(promotion ? { promotion } : {}),
  };
}

/** Why a detail that matched the schema still cannot be shown, or null. */
export function productProblem(raw: RawProductDetail): string | null {
  if (!titleOf(raw)) return 'subject and subjectTrans missing';
  const ranges = raw.productSaleInfo?.priceRangeList ?? [];
  const priced =
    ranges.some((r) => positivePrice(r.price) !== undefined) ||
    raw.productSkuInfos.some((s) => positivePrice(s.price) !== undefined);
  if (!priced) return 'productSaleInfo.priceRangeList[].price and productSkuInfos[].price missing';
  return null;
}

function toSkus(raw: RawProductDetail): Sku[] {
  return raw.productSkuInfos.map((s, i) => {
    const price = positivePrice(s.price);
    const promotionPrice = promotedBelow(price, s.promotionPrice);
    return {
      id: s.skuId ?? s.specId ?? `${raw.offerId}-${i + 1}`,
      attributes: s.skuAttributes.map((a) => ({
        name: plainText(a.attributeNameTrans) || plainText(a.attributeName) || 'Option',
        nameZh: plainOrUndefined(a.attributeName),
        value: plainText(a.valueTrans) || plainText(a.value),
        valueZh: plainOrUndefined(a.value),
      })),
      price: price ?? 0,
      ...(promotionPrice !== undefined ? { promotionPrice } : {}),
      stock: Math.max(0, Math.round(s.amountOnSale ?? 0)),
      image: toImageUrl(s.skuAttributes.find((a) => a.skuImageUrl)?.skuImageUrl),
    };
  });
}

/** null when the detail cannot be shown (see `productProblem`). */
export function toProduct(raw: RawProductDetail): Product | null {
  if (productProblem(raw)) return null;
  const quoteType = raw.productSaleInfo?.quoteType ?? 0;
  const skus = toSkus(raw);
  const { tiers: listTiers, promoted } = toTiers(raw.productSaleInfo?.priceRangeList ?? []);
  let tiers = listTiers;
  const moq = Math.max(1, Math.round(raw.minOrderQuantity ?? tiers[0]?.minQuantity ?? 1));
  const pricing: Product['pricing'] =
    (quoteType === 1 || tiers.length === 0) && skus.some((s) => s.price > 0) ? 'per_sku' : 'tiered';
  // SKU promotions are read before tiered pricing replaces the SKU prices.
  const skuPromos = skus.flatMap((s) => (s.promotionPrice === undefined ? [] : [s.promotionPrice]));
  if (pricing === 'per_sku') {
    // Each SKU's price is what the buyer pays; one "from" tier at the MOQ for summaries. A SKU
    // without a price cannot be ordered.
    const priced = skus.filter((s) => s.price > 0);
    for (const sku of skus) if (sku.price === 0) sku.stock = 0;
    tiers = [{ minQuantity: moq, price: Math.min(...priced.map((s) => s.price)) }];
  } else {
    // The tiers are what the buyer pays (quoteType 0 and 2): SKU prices are not shown as prices.
    for (const sku of skus) {
      sku.price = tiers[0]!.price;
      delete sku.promotionPrice;
    }
  }
  const prices =
    pricing === 'per_sku'
      ? skus.map((s) => s.price).filter((p) => p > 0)
      : tiers.map((t) => t.price);
  const lowest = (list: number[]) => (list.length ? Math.min(...list) : undefined);
  const lowestPromo =
    pricing === 'per_sku'
      ? lowest(skuPromos)
      : (lowest(promoted.map((t) => t.price)) ??
        promotedBelow(
          Math.min(...prices),
          raw.promotionModel?.promotionPrice ?? lowest(skuPromos),
        ));
  const promotion = promotionOf(
    raw.promotionModel,
    lowestPromo,
    pricing === 'tiered' ? promoted : undefined,
  );
  const images = (raw.productImage?.images ?? []).map(toImageUrl).filter((s): s is string => !!s);
  const ship = raw.productShippingInfo;
  const supplier = supplierOf(raw, ship?.sendGoodsAddressText ?? '');
  const available = isPublished(raw.status);
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
    title: titleOf(raw),
    titleZh: plainText(raw.subject),
    image: images[0] ?? skus.find((s) => s.image)?.image ?? '',
    images: images.length ? images : [skus.find((s) => s.image)?.image ?? ''],
    price: { min: Math.min(...prices), max: Math.max(...prices), currency: 'CNY' },
    moq,
    unit:
      plainText(raw.productSaleInfo?.unitInfo?.transUnit) ||
      plainText(raw.productSaleInfo?.unitInfo?.unit) ||
      'piece',
    sales30d: Math.max(0, Math.round(raw.monthSold ?? 0)),
    categoryId: raw.categoryId ?? '',
    supplier,
    isFactory: supplier.isFactory,
    shipsIn48h: /shipIn(24|48)Hours/i.test(ship?.shippingTimeGuarantee ?? ''),
    ...dropshipOf(onePiece, consign),
    ...(promotion ? { promotion } : {}),
    pricing,
    tiers,
    lotSize: Math.max(1, Math.round(raw.batchNumber ?? 1)),
    skus,
    attributes: raw.productAttribute.map((a) => ({
      name: plainText(a.attributeNameTrans) || plainText(a.attributeName),
      nameZh: plainOrUndefined(a.attributeName),
      value: plainText(a.valueTrans) || plainText(a.value),
      valueZh: plainOrUndefined(a.value),
    })),
    description: raw.description ?? '',
    shipping: {
      from: supplier.location,
      weightKg: ship?.weight,
      dimensionsCm:
        ship?.length && ship.width && ship.height
          ? { length: ship.length, width: ship.width, height: ship.height }
          : undefined,
    },
    sourceUrl: `https://detail.1688.com/offer/${raw.offerId}.html`,
    createdAt: raw.createDate,
    available,
    ...(available ? {} : { status: plainText(raw.status) }),
  };
}

/** A category row of `category.translation.getById` (children are loaded when it is opened). */
export function toCategory(raw: RawTranslatedCategory): Category {
  const nameZh = plainText(raw.chineseName);
  return {
    id: raw.categoryId,
    name: plainText(raw.translatedName) || nameZh,
    nameZh,
    leaf: raw.leaf,
    children: [],
  };
}
