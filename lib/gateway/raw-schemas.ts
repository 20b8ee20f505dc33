/**
 * The shapes 1688 answers with, read leniently: unknown fields are ignored, numbers may come
 * as strings (and ids as numbers), `success` may be a boolean or a string, empty lists may be
 * null or missing. Only what pifa uses is declared. Lists of rows (search results, child
 * categories) are declared as lists of anything and each row is read on its own
 * (lib/gateway/shapes.ts), so that one row in a new shape is counted, not fatal to the page.
 */
import * as z from 'zod';

/** A decimal given as a number or a string ("12.50", "", "0.00"); undefined when absent. */
export const decimal = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => {
    if (v === null || v === undefined || v === '') return undefined;
    const n = typeof v === 'number' ? v : Number(v.replace(/[,¥\s]/g, ''));
    return Number.isFinite(n) ? n : undefined;
  });

export const id = z.union([z.string(), z.number()]).transform((v) => String(v));

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const text = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? undefined : String(v)));

export const truthy = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => v === true || v === 'true' || v === 1 || v === '1');

export const sellerDataInfo = z
  .object({
    /** Years on 1688: a number, or text such as "6年". */
    tpYear: text,
    compositeServiceScore: decimal,
    logisticsExperienceScore: decimal,
    disputeComplaintScore: decimal,
    offerExperienceScore: decimal,
    repeatPurchasePercent: text,
  })
  .partial()
  .nullish();

/** A promotion's kind (`plus`: 1688 Plus members…) and, sometimes, its price. */
const promotionModel = z
  .object({ promotionType: text, promotionPrice: decimal })
  .partial()
  .nullish();

export const searchOffer = z.object({
  offerId: id,
  subject: text,
  subjectTrans: text,
  imageUrl: text,
  priceInfo: z
    .object({ price: decimal, consignPrice: decimal, promotionPrice: decimal })
    .partial()
    .nullish(),
  minOrderQuantity: decimal,
  monthSold: decimal,
  /** Sold by the piece for dropshipping (一件代发); `priceInfo.consignPrice` is then its price. */
  isOnePsale: truthy,
  repurchaseRate: text,
  sellerIdentities: list(z.string()),
  sellerDataInfo,
  sellerOpenId: text,
  companyName: text,
  companyNameTrans: text,
  companyAddress: text,
  promotionModel,
  /** Rarely on search rows; anything but `published` is not on sale. */
  status: text,
  productSimpleShippingInfo: z.object({ shippingTimeGuarantee: text }).partial().nullish(),
  topCategoryId: text,
  secondCategoryId: text,
  thirdCategoryId: text,
  createDate: text,
});
export type RawSearchOffer = z.infer<typeof searchOffer>;

export const searchPayload = z.object({
  totalRecords: decimal,
  totalPage: decimal,
  pageSize: decimal,
  currentPage: decimal,
  /** Rows, each read on its own against `searchOffer`. */
  data: list(z.unknown()),
});
export type RawSearchPayload = z.infer<typeof searchPayload>;

const skuAttribute = z.object({
  attributeName: text,
  attributeNameTrans: text,
  value: text,
  valueTrans: text,
  skuImageUrl: text,
});

export const productDetail = z.object({
  offerId: id,
  categoryId: text,
  subject: text,
  subjectTrans: text,
  description: text,
  productImage: z
    .object({ images: list(z.string()) })
    .partial()
    .nullish(),
  productAttribute: list(
    z.object({ attributeName: text, value: text, attributeNameTrans: text, valueTrans: text }),
  ),
  productSkuInfos: list(
    z.object({
      skuId: id.optional(),
      specId: text,
      price: decimal,
      consignPrice: decimal,
      promotionPrice: decimal,
      amountOnSale: decimal,
      skuAttributes: list(skuAttribute),
    }),
  ),
  productSaleInfo: z
    .object({
      amountOnSale: decimal,
      priceRangeList: list(
        z.object({ startQuantity: decimal, price: decimal, promotionPrice: decimal }),
      ),
      quoteType: decimal,
      consignPrice: decimal,
      /** The dropshipping terms; `onePiecePrice` supersedes the deprecated `consignPrice`. */
      fenxiaoSaleInfo: z.object({ onePiecePrice: decimal }).partial().nullish(),
      unitInfo: z.object({ unit: text, transUnit: text }).partial().nullish(),
    })
    .partial()
    .nullish(),
  minOrderQuantity: decimal,
  batchNumber: decimal,
  isOnePsale: truthy,
  /** Service tags, e.g. `{ key: "isOnePsale", value: true }`. */
  tagInfoList: list(z.object({ key: text, value: truthy })),
  sellerOpenId: text,
  companyName: text,
  companyNameTrans: text,
  sellerIdentities: list(z.string()),
  sellerDataInfo,
  monthSold: decimal,
  promotionModel,
  productShippingInfo: z
    .object({
      sendGoodsAddressText: text,
      weight: decimal,
      length: decimal,
      width: decimal,
      height: decimal,
      shippingTimeGuarantee: text,
    })
    .partial()
    .nullish(),
  status: text,
  createDate: text,
});
export type RawProductDetail = z.infer<typeof productDetail>;

/** `alibaba.category.get`: not wrapped, and `succes` has one "s". */
export const categoryGet = z.object({
  succes: truthy,
  success: truthy,
  errorCode: text,
  errorMsg: text,
  categoryInfo: list(
    z.object({
      categoryID: id,
      name: text,
      level: decimal,
      isLeaf: truthy,
      parentIDs: list(id),
      childIDs: list(id),
      childCategorys: list(z.object({ id, name: text, isLeaf: truthy })),
    }),
  ),
});
export type RawCategoryGet = z.infer<typeof categoryGet>;

/** One category of `category.translation.getById`: a child row, or the node itself. */
export const translatedCategory = z.object({
  categoryId: id,
  chineseName: text,
  translatedName: text,
  language: text,
  /** A string on the node ("true"), a boolean on its children. */
  leaf: truthy,
  level: decimal,
  parentCateId: text,
});
export type RawTranslatedCategory = z.infer<typeof translatedCategory>;

/** The node, with its children translated (documented; sometimes null for a non-leaf node). */
export const categoryTranslation = translatedCategory.extend({
  /** Rows, each read on its own against `translatedCategory`. */
  children: z.array(z.unknown()).nullish(),
});

/** The cross-border envelope: `{ result: { success, code, message, result: payload } }`. */
export const envelope = z.object({
  result: z
    .object({
      success: truthy,
      succes: truthy,
      code: text,
      message: text,
      result: z.unknown().optional(),
    })
    .passthrough()
    .nullish(),
});
