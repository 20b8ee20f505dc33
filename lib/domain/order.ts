/**
 * An order for one offer across its variants, the way 1688 prices it: for tiered offers
 * (quoteType 0 and 2) the tier is chosen by the offer's total quantity over all variants and
 * every piece pays that tier's price; for per-SKU offers (quoteType 1) each variant pays its own
 * price. Minimum order and lot size are checked on the total, stock on each variant. The order
 * form, the sourcing list and the comparison all call this; none of them does its own sums.
 */
import { tierIndexFor, toFen } from './pricing';
import type { PriceTier, Product, Sku } from './schemas';

/** The largest quantity one line may hold (seven digits, as the inputs allow). */
export const MAX_QUANTITY = 9_999_999;

/** The key of the single line of an offer sold without variants. */
export const NO_SKU = '';

/** What an order needs of an offer; stock may be unknown (a saved copy of the offer). */
export type OrderOffer = Pick<Product, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit'> & {
  skus: readonly OrderSku[];
};
export type OrderSku = Pick<Sku, 'id' | 'price'> & { stock?: number };

export type Quantities = Readonly<Record<string, number>>;

export type OrderLine = {
  skuId: string;
  quantity: number;
  unitPriceFen: number;
  lineFen: number;
  /** More ordered than the variant has in stock, or null. */
  stockProblem: StockProblem | null;
};

/**
 * What is wrong with a line or an order, as a code with the figures a sentence needs; the
 * interface words it in the buyer's language.
 */
export type StockProblem = { code: 'out_of_stock' } | { code: 'low_stock'; stock: number };

export type OrderProblem =
  /** Add `add` to reach the minimum order (`moq`), in lots of `lot` when `lot` > 1. */
  | { code: 'below_moq'; add: number; moq: number; lot: number }
  /**
   * Not a whole number of lots: add `add` to make `up`; or remove `remove` to make `down`
   * when that still reaches the minimum order (`remove` is 0 otherwise).
   */
  | { code: 'lot_size'; lot: number; add: number; up: number; remove: number; down: number };

export type NextTier = {
  index: number;
  /** Pieces to add to the current total to reach the tier. */
  addQuantity: number;
  minQuantity: number;
  priceFen: number;
  /** What the tier's quantity costs less at the tier's price than at the current one. */
  savingFen: number;
};

export type OfferOrder = {
  lines: OrderLine[];
  totalQuantity: number;
  totalFen: number;
  /** The tier reached by the total (tiered offers), or null when each SKU has its price. */
  tierIndex: number | null;
  tier: PriceTier | null;
  /** Pieces still missing for the MOQ, and then for a whole number of lots. */
  addForMoq: number;
  addForLot: number;
  /** MOQ and lot problems of the offer as a whole, each saying what to add. */
  problems: OrderProblem[];
  nextTier: NextTier | null;
};

/** A quantity typed or pasted by a buyer: "1,000", " 40 pcs", "40件" → 40; null if none. */
export function parseQuantity(text: string): number | null {
  const digits = text.replace(/[\s,._'’]/g, '').match(/^\d+/);
  if (!digits) return null;
  const n = Number(digits[0]);
  return Number.isSafeInteger(n) ? Math.min(n, MAX_QUANTITY) : MAX_QUANTITY;
}

/** The smallest multiple of `lot` at or above `n`. */
export function roundUpToLot(n: number, lot: number): number {
  return lot > 1 ? Math.ceil(n / lot) * lot : n;
}

function stockProblem(sku: OrderSku | undefined, quantity: number): StockProblem | null {
  if (!sku || sku.stock === undefined || quantity <= sku.stock) return null;
  if (sku.stock === 0) return { code: 'out_of_stock' };
  return { code: 'low_stock', stock: sku.stock };
}

export function orderOffer(offer: OrderOffer, quantities: Quantities): OfferOrder {
  const entries = Object.entries(quantities).filter(
    ([, q]) => Number.isInteger(q) && q > 0 && q <= MAX_QUANTITY,
  );
  const totalQuantity = entries.reduce((sum, [, q]) => sum + q, 0);
  const tiered = offer.pricing === 'tiered' || offer.skus.length === 0;
  const tierIndex = tiered ? tierIndexFor(offer.tiers, Math.max(totalQuantity, 1)) : null;
  const tier = tierIndex === null ? null : (offer.tiers[tierIndex] ?? null);
  const bySku = new Map(offer.skus.map((s) => [s.id, s]));

  const lines: OrderLine[] = entries.map(([skuId, quantity]) => {
    const sku = bySku.get(skuId);
    const unitPriceFen = toFen(tier ? tier.price : (sku?.price ?? 0));
    return {
      skuId,
      quantity,
      unitPriceFen,
      lineFen: unitPriceFen * quantity,
      stockProblem: stockProblem(sku, quantity),
    };
  });
  const totalFen = lines.reduce((sum, l) => sum + l.lineFen, 0);

  const lot = Math.max(1, offer.lotSize);
  const addForMoq = totalQuantity > 0 ? Math.max(0, offer.moq - totalQuantity) : 0;
  const afterMoq = totalQuantity + addForMoq;
  const addForLot = totalQuantity > 0 ? roundUpToLot(afterMoq, lot) - afterMoq : 0;
  const problems: OrderProblem[] = [];
  if (addForMoq > 0) {
    problems.push({
      code: 'below_moq',
      add: addForMoq + addForLot,
      moq: offer.moq,
      lot: addForLot > 0 ? lot : 1,
    });
  } else if (addForLot > 0) {
    const down = afterMoq - (afterMoq % lot);
    problems.push({
      code: 'lot_size',
      lot,
      add: addForLot,
      up: afterMoq + addForLot,
      remove: down >= offer.moq ? afterMoq % lot : 0,
      down,
    });
  }

  return {
    lines,
    totalQuantity,
    totalFen,
    tierIndex,
    tier,
    addForMoq,
    addForLot,
    problems,
    nextTier: tier && tierIndex !== null ? nextTierOf(offer, tierIndex, totalQuantity) : null,
  };
}

function nextTierOf(offer: OrderOffer, index: number, total: number): NextTier | null {
  const current = offer.tiers[index];
  const next = offer.tiers[index + 1];
  if (!current || !next || total <= 0) return null;
  const minQuantity = roundUpToLot(next.minQuantity, Math.max(1, offer.lotSize));
  const priceFen = toFen(next.price);
  return {
    index: index + 1,
    addQuantity: minQuantity - total,
    minQuantity,
    priceFen,
    savingFen: (toFen(current.price) - priceFen) * minQuantity,
  };
}
