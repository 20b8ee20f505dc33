/**
 * An offer's price, stock and availability as they are now: what changes by the hour, kept
 * apart from what stays true for hours (text, pictures, attributes, supplier). Pages show the
 * product as cached ("prices as of …"); when the buyer acts on a price (adds to a list, opens
 * it, compares, exports) the fresh state is fetched (`GET /api/products/{id}/offer-state`) and
 * laid over the cached product.
 */
import type { Product, Sku } from './schemas';

/** The fields of a product that change by the hour. */
type StateField =
  'id' | 'available' | 'status' | 'pricing' | 'tiers' | 'price' | 'moq' | 'lotSize' | 'promotion';

/** Checked by `offer-state-schema.ts`, which a browser loads only when it fetches a state. */
export type OfferState = Pick<Product, StateField> & {
  skus: Pick<Sku, 'id' | 'price' | 'promotionPrice' | 'stock'>[];
  /** When 1688 gave these figures (ISO time). */
  fetchedAt: string;
};

export function toOfferState(p: Product, fetchedAt: string): OfferState {
  return {
    id: p.id,
    available: p.available,
    status: p.status,
    pricing: p.pricing,
    tiers: p.tiers,
    price: p.price,
    moq: p.moq,
    lotSize: p.lotSize,
    promotion: p.promotion,
    skus: p.skus.map((s) => ({
      id: s.id,
      price: s.price,
      promotionPrice: s.promotionPrice,
      stock: s.stock,
    })),
    fetchedAt,
  };
}

/** What an offer state replaces in a product (or in the part of it a component holds). */
export type PricedProduct = Pick<
  Product,
  'available' | 'status' | 'pricing' | 'tiers' | 'price' | 'moq' | 'lotSize' | 'promotion' | 'skus'
>;

/**
 * The cached product with the fresh figures laid over it. A SKU the fresh state no longer
 * lists is kept with no stock (it cannot be ordered any more).
 */
export function withOfferState<P extends PricedProduct>(p: P, state: OfferState): P {
  const fresh = new Map(state.skus.map((s) => [s.id, s]));
  return {
    ...p,
    available: state.available,
    status: state.status,
    pricing: state.pricing,
    tiers: state.tiers,
    price: state.price,
    moq: state.moq,
    lotSize: state.lotSize,
    promotion: state.promotion,
    skus: p.skus.map((s) => {
      const now = fresh.get(s.id);
      return now
        ? { ...s, price: now.price, promotionPrice: now.promotionPrice, stock: now.stock }
        : { ...s, stock: 0 };
    }),
  };
}
