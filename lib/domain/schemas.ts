/**
 * The catalog's domain types. Both providers (mock and live) produce exactly these shapes;
 * route handlers, pages and client fetchers all validate against the same schemas.
 */
import * as z from './zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SORT_ORDERS } from './search-links';

export const offerId = z.string().check(z.regex(/^\d{1,20}$/));

export const money = z.number().check(z.nonnegative());

export const priceRange = z.object({
  min: money,
  max: money,
  currency: z.literal('CNY'),
});

export const priceTier = z.object({
  minQuantity: z.int().check(z.positive()),
  price: money,
});
export type PriceTier = z.infer<typeof priceTier>;

export const supplierBadge = z.enum(['super_factory', 'powerful_merchant', 'tp_member']);
export type SupplierBadge = z.infer<typeof supplierBadge>;

export const supplierRef = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  nameZh: z.optional(z.string()),
  location: z.string(),
  /** The supplier's shop on 1688, when the source says where it is. */
  shopUrl: z.optional(z.url()),
});
export type SupplierRef = z.infer<typeof supplierRef>;

/** The short form of a supplier that search results carry. */
export function toSupplierRef(s: SupplierRef): SupplierRef {
  return { id: s.id, name: s.name, nameZh: s.nameZh, location: s.location, shopUrl: s.shopUrl };
}

const score = z.optional(z.number().check(z.minimum(0), z.maximum(5)));

export const supplier = z.extend(supplierRef, {
  province: z.optional(z.string()),
  city: z.optional(z.string()),
  yearsOn1688: z.optional(z.int().check(z.nonnegative())),
  badges: z.array(supplierBadge),
  isFactory: z.boolean(),
  scores: z.optional(
    z.object({ composite: score, quality: score, logistics: score, dispute: score }),
  ),
  /** Share of buyers who ordered again within 30 days, 0–1. */
  repurchaseRate: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});
export type Supplier = z.infer<typeof supplier>;

/**
 * A promotion 1688 marks beside the list price (`promotionPrice`, its kind in
 * `promotionModel.promotionType`): a price some buyers get, never the price every buyer pays.
 */
export const promotion = z.object({
  /** 1688's kind as given (e.g. `plus`); empty when 1688 does not say. */
  kind: z.string(),
  /** Who gets it, in words (lib/domain/promotions.ts). */
  label: z.string(),
  /** The lowest promoted unit price. */
  price: money,
  /** The promoted price of each tier, when 1688 gives one per tier. */
  tiers: z.optional(z.array(priceTier)),
});
export type Promotion = z.infer<typeof promotion>;

export const productSummary = z.object({
  id: offerId,
  title: z.string().check(z.minLength(1)),
  titleZh: z.string(),
  image: z.string(),
  price: priceRange,
  moq: z.int().check(z.positive()),
  unit: z.string(),
  sales30d: z.int().check(z.nonnegative()),
  categoryId: z.string(),
  supplier: supplierRef,
  isFactory: z.boolean(),
  shipsIn48h: z.boolean(),
  /** The dropshipping price (1688 `consignPrice`): one piece, shipped to the end customer. */
  consignPrice: z.optional(money),
  /** Sold by the piece for dropshipping (1688 `isOnePsale`, 一件代发). */
  onePiece: z.optional(z.boolean()),
  promotion: z.optional(promotion),
});
export type ProductSummary = z.infer<typeof productSummary>;

export const skuAttribute = z.object({
  name: z.string(),
  nameZh: z.optional(z.string()),
  value: z.string(),
  valueZh: z.optional(z.string()),
});
export type SkuAttribute = z.infer<typeof skuAttribute>;

export const sku = z.object({
  id: z.string().check(z.minLength(1)),
  attributes: z.array(skuAttribute),
  /** The SKU's own unit price; what the buyer pays only when `pricing` is `per_sku`. */
  price: money,
  /** A promotion on this SKU's price (per-SKU pricing only); never what every buyer pays. */
  promotionPrice: z.optional(money),
  stock: z.int().check(z.nonnegative()),
  image: z.optional(z.string()),
});
export type Sku = z.infer<typeof sku>;

export const productAttribute = skuAttribute;

export const product = z.extend(productSummary, {
  images: z.array(z.string()).check(z.minLength(1)),
  /**
   * `tiered`: the buyer pays the tier price for the total quantity across SKUs (1688
   * quoteType 0 and 2). `per_sku`: each SKU has its own price (quoteType 1).
   */
  pricing: z.enum(['tiered', 'per_sku']),
  tiers: z.array(priceTier).check(z.minLength(1)),
  lotSize: z.int().check(z.positive()),
  skus: z.array(sku),
  attributes: z.array(productAttribute),
  description: z.string(),
  supplier,
  shipping: z.object({
    from: z.string(),
    weightKg: z.optional(z.number().check(z.nonnegative())),
    dimensionsCm: z.optional(
      z.object({ length: z.number(), width: z.number(), height: z.number() }),
    ),
  }),
  sourceUrl: z.url(),
  createdAt: z.optional(z.string()),
  /** Whether the offer is on sale (1688 status `published`); an unavailable one cannot be ordered. */
  available: z.boolean(),
  /** 1688's status when the offer is not on sale (e.g. `expired`), for the buyer to read. */
  status: z.optional(z.string()),
});
export type Product = z.infer<typeof product>;

/**
 * A category. `children` holds the subcategories that were read with it; a category whose
 * children are not loaded has `children: []` and `leaf: false` (open it to load them).
 */
export type Category = {
  id: string;
  name: string;
  nameZh: string;
  /** true: no subcategories; false: it has some (loaded or not); absent: not known. */
  leaf?: boolean;
  children: Category[];
};
export const category: z.ZodMiniType<Category> = z.lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string(),
    nameZh: z.string(),
    leaf: z.optional(z.boolean()),
    children: z.array(category),
  }),
);

/** One category as a buyer opens it: the way down to it, and its subcategories. */
export const categoryView = z.object({
  /** From the top level down to this category (the last one). */
  path: z.array(category).check(z.minLength(1)),
  children: z.array(category),
});
export type CategoryView = z.infer<typeof categoryView>;

export const sortOrder = z.enum(SORT_ORDERS);
export type SortOrder = z.infer<typeof sortOrder>;

/** A picture uploaded for image search (see POST /api/image-search). */
export const imageId = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));

/** A 1688 seller's open id (live) or a mock supplier's id. */
export const supplierId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/));

export const searchQuery = z.object({
  /** Keywords, or a pasted link (share texts can be long). */
  q: z._default(z.string().check(z.maxLength(2000)), ''),
  /** Search the words as typed, without spelling correction. */
  exact: z._default(z.boolean(), false),
  /** Offers that look like this uploaded picture. */
  image: z.optional(imageId),
  category: z.optional(z.string()),
  sort: z._default(sortOrder, 'relevance'),
  minPrice: z.optional(money),
  maxPrice: z.optional(money),
  maxMoq: z.optional(z.int().check(z.positive())),
  factoryOnly: z._default(z.boolean(), false),
  shipsIn48h: z._default(z.boolean(), false),
  onePiece: z._default(z.boolean(), false),
  page: z._default(z.int().check(z.positive()), 1),
  pageSize: z._default(z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE),
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** How a keyword search was read, when it was not read word for word. */
export const searchInterpretation = z.object({
  /** The query as searched, after spelling correction ("bluetoth" → "bluetooth"). */
  corrected: z.optional(z.string()),
  /** No offer matched every word: the words that did, and those that matched nothing. */
  partial: z.optional(z.object({ matched: z.string(), unmatched: z.array(z.string()) })),
  /** The query was a pasted 1688 link to this offer. */
  offerId: z.optional(offerId),
});
export type SearchInterpretation = z.infer<typeof searchInterpretation>;

export const searchPage = z.object({
  items: z.array(productSummary),
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  totalPages: z.int().check(z.nonnegative()),
  interpretation: z.optional(searchInterpretation),
  /**
   * true when `total` is an estimate: a filter pifa applies itself (not 1688), or rows 1688
   * returned that cannot be shown, so 1688's own count would include offers nobody sees.
   */
  approximate: z.optional(z.boolean()),
  /** How many offers can be paged through, when fewer than `total` (a bounded scan). */
  reachable: z.optional(z.int().check(z.nonnegative())),
});
export type SearchPage = z.infer<typeof searchPage>;

export const dataSource = z.enum(['mock', 'live']);
export type DataSource = z.infer<typeof dataSource>;

export const suggestion = z.object({
  /** What is shown, and what is searched when the buyer picks it. */
  text: z.string().check(z.minLength(1)),
  /** `category`: picking it browses the category instead of searching the words. */
  kind: z.enum(['term', 'category']),
  categoryId: z.optional(z.string()),
  /** Where a category sits, e.g. "Consumer Electronics › Audio & Video". */
  context: z.optional(z.string()),
});
export type Suggestion = z.infer<typeof suggestion>;

export const suggestions = z.object({ q: z.string(), suggestions: z.array(suggestion) });
export type Suggestions = z.infer<typeof suggestions>;

/** An uploaded picture, kept on the server while its results are looked at. */
export const uploadedImage = z.object({
  id: imageId,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  /** When the server lets go of it (ISO time). */
  expiresAt: z.string(),
  /** The results page. */
  href: z.string(),
});
export type UploadedImage = z.infer<typeof uploadedImage>;
