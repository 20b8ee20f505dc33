/**
 * Prices as 1688 states them: decimal amounts where 0 or "" means "no price", list prices
 * that every buyer pays, and promotions beside them (lowest promoted price, its kind in words,
 * per tier where 1688 gives one) that never replace them.
 */
import { promotionLabel } from '@/lib/domain/promotions';
import type { PriceTier, Promotion } from '@/lib/domain/schemas';
import type { RawProductDetail, RawSearchOffer } from './raw-schemas';
import { plainText } from './text';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A price is a positive amount; 0, "0.00", "" and missing mean "no price", never "free". */
export function positivePrice(value: number | undefined): number | undefined {
  return value !== undefined && value > 0 ? round2(value) : undefined;
}

/** A promotion only when 1688 sets one below the list price. */
export function promotedBelow(
  list: number | undefined,
  promo: number | undefined,
): number | undefined {
  const p = positivePrice(promo);
  return p !== undefined && (list === undefined || p < list) ? p : undefined;
}

type PromotionModel = RawSearchOffer['promotionModel'];

export function promotionOf(
  model: PromotionModel,
  price: number | undefined,
  tiers?: PriceTier[],
): Promotion | undefined {
  if (price === undefined) return undefined;
  const kind = plainText(model?.promotionType);
  return { kind, label: promotionLabel(kind), price, ...(tiers?.length ? { tiers } : {}) };
}

type Ranges = NonNullable<NonNullable<RawProductDetail['productSaleInfo']>['priceRangeList']>;

/** The tiers every buyer pays (ascending), and the promoted price of each tier where set. */
export function toTiers(ranges: Ranges): { tiers: PriceTier[]; promoted: PriceTier[] } {
  const tiers: PriceTier[] = [];
  const promoted: PriceTier[] = [];
  const sorted = [...ranges].sort((a, b) => (a.startQuantity ?? 1) - (b.startQuantity ?? 1));
  for (const r of sorted) {
    const price = positivePrice(r.price);
    if (price === undefined) continue;
    const minQuantity = Math.max(1, Math.round(r.startQuantity ?? 1));
    tiers.push({ minQuantity, price });
    const promo = promotedBelow(price, r.promotionPrice);
    if (promo !== undefined) promoted.push({ minQuantity, price: promo });
  }
  return { tiers, promoted };
}
