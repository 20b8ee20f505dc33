/**
 * Offers side by side at the quantity the buyer means to buy: price per piece and total at that
 * quantity (through the same order rules as the order form), terms, stock, supplier, weight and
 * a landed-cost estimate, with the best value of each comparable row marked. The comparison
 * lives in its URL (`/compare?ids=…&qty=…`) so that it can be shared.
 */
import {
  chargeableWeight,
  findMethod,
  type LandedCost,
  landedCost,
  type LandedOptions,
  type Weights,
} from './landed-cost';
import { MAX_QUANTITY, NO_SKU, type OfferOrder, orderOffer } from './order';
import { toFen } from './pricing';
import { offerId, type Product } from './schemas';
import { MAX_COMPARE } from './compare-links';

export const DEFAULT_COMPARE_QUANTITY = 100;

/** Offer ids from `ids=1,2,3`: valid ones only, without repeats, at most four. */
export function parseCompareIds(text: string | null): string[] {
  const ids = (text ?? '').split(/[\s,]+/).filter((id) => offerId.safeParse(id).success);
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

export function parseCompareQuantity(text: string | null): number | null {
  if (!text || !/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_QUANTITY ? n : null;
}

export type CompareColumn = {
  product: Product;
  /** The order at the quantity, on the cheapest variant in stock. */
  order: OfferOrder;
  unitPriceFen: number;
  /** The dearest variant's price, for offers priced per variant. */
  maxUnitPriceFen: number;
  stock: number;
  variants: number;
  weights: Weights;
  landed: LandedCost;
};

export type Metric =
  | 'unitPrice'
  | 'total'
  | 'moq'
  | 'stock'
  | 'years'
  | 'score'
  | 'repurchase'
  | 'chargeable'
  | 'landed'
  | 'consign';

const BETTER: Record<Metric, 'low' | 'high'> = {
  unitPrice: 'low',
  total: 'low',
  moq: 'low',
  stock: 'high',
  years: 'high',
  score: 'high',
  repurchase: 'high',
  chargeable: 'low',
  landed: 'low',
  consign: 'low',
};

/** Indexes holding the best value; none when fewer than two values compare or all are equal. */
export function bestOf(values: readonly (number | null | undefined)[], better: 'low' | 'high') {
  const known = values.filter((v): v is number => typeof v === 'number');
  if (known.length < 2 || known.every((v) => v === known[0])) return [];
  const best = better === 'low' ? Math.min(...known) : Math.max(...known);
  return values.flatMap((v, i) => (v === best ? [i] : []));
}

function column(product: Product, quantity: number, options: LandedOptions): CompareColumn {
  const inStock = product.skus.filter((s) => s.stock > 0);
  const pool = inStock.length ? inStock : product.skus;
  const cheapest = pool.reduce<(typeof pool)[number] | null>(
    (low, s) => (low === null || s.price < low.price ? s : low),
    null,
  );
  const order = orderOffer(product, { [cheapest?.id ?? NO_SKU]: quantity });
  const unitPriceFen = order.lines[0]?.unitPriceFen ?? 0;
  const maxUnitPriceFen =
    product.pricing === 'per_sku' && product.skus.length
      ? Math.max(...product.skus.map((s) => toFen(s.price)))
      : unitPriceFen;
  const item = {
    label: product.title,
    quantity,
    weightKg: product.shipping.weightKg,
    dimensionsCm: product.shipping.dimensionsCm,
  };
  return {
    product,
    order,
    unitPriceFen,
    maxUnitPriceFen,
    stock: product.skus.reduce((n, s) => n + s.stock, 0),
    variants: product.skus.length,
    weights: chargeableWeight([item], findMethod(options.method)),
    landed: landedCost([{ goodsFen: order.totalFen, items: [item] }], options),
  };
}

export function compareOffers(
  products: readonly Product[],
  quantity: number,
  options: LandedOptions,
): { columns: CompareColumn[]; best: Record<Metric, number[]> } {
  const columns = products.map((p) => column(p, quantity, options));
  const values: Record<Metric, (number | null | undefined)[]> = {
    unitPrice: columns.map((c) => c.unitPriceFen),
    total: columns.map((c) => c.order.totalFen),
    moq: columns.map((c) => c.product.moq),
    stock: columns.map((c) => (c.variants ? c.stock : null)),
    years: columns.map((c) => c.product.supplier.yearsOn1688),
    score: columns.map((c) => c.product.supplier.scores?.composite),
    repurchase: columns.map((c) => c.product.supplier.repurchaseRate),
    chargeable: columns.map((c) => (c.weights.chargeableG > 0 ? c.weights.chargeableG : null)),
    landed: columns.map((c) => (c.landed.missing.length ? null : c.landed.totalFen)),
    consign: columns.map((c) =>
      c.product.consignPrice === undefined ? null : toFen(c.product.consignPrice),
    ),
  };
  const best = Object.fromEntries(
    (Object.keys(values) as Metric[]).map((m) => [m, bestOf(values[m], BETTER[m])]),
  ) as Record<Metric, number[]>;
  return { columns, best };
}
