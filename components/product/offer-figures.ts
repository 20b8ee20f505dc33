/**
 * An offer's figures as text: the tier table's quantity bands, prices and approximations, each
 * variant's stock and price, the minimum order and the dropshipping price. The product page
 * formats them on the server and its components show them as they came, so that the page
 * becomes interactive without formatting a number: a browser's first number format is its
 * slowest step (about 15 ms on a fast machine, 60–80 ms on a slow phone). The components
 * format figures themselves only once they change (fresh prices fetched on request), and the
 * order's own figures: an offer with a single line to order starts at its minimum order, so its
 * summary is formatted in the browser from the start.
 */
import type { Units } from '@/i18n/units';
import { formatCny } from '@/lib/domain/currency';
import { fromFen, toFen } from '@/lib/domain/pricing';
import type { Product } from '@/lib/domain/schemas';

export type FiguredProduct = Pick<
  Product,
  'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'promotion' | 'skus' | 'consignPrice'
>;

/** An amount in CNY and, where shown, its approximation in the default display currency. */
export type MoneyText = { amount: string; approx?: string };

export type TierFigures = {
  rows: { band: string; price: MoneyText; promoted?: string }[];
  /** "10 pieces": the minimum order. */
  moq: string;
  /** The lot size ("12"), when orders go in lots of more than one. */
  lots?: string;
  /** The promotion's own price. */
  promotionPrice?: string;
};

export type OfferFigures = TierFigures & {
  /** Per variant: its stock ("1,200 pieces") and, priced per variant, its price. */
  skus: Record<string, { stock: string; price?: string }>;
  consignPrice?: MoneyText;
};

export type FigureFormat = {
  units: Units;
  locale: string;
  number: (n: number) => string;
  /** The approximation of a CNY amount in the default display currency ("≈ $1.73"). */
  approx: (yuan: number) => string;
};

/** An amount with its approximation when `f` makes one. */
const money = (yuan: number, f: Pick<FigureFormat, 'locale'> & Partial<FigureFormat>) => {
  const text: MoneyText = { amount: formatCny(yuan, f.locale) };
  if (f.approx) text.approx = f.approx(yuan);
  return text;
};
/** As `Money` shows an amount: in whole fen. */
const inFen = (yuan: number) => fromFen(toFen(yuan));

export function tierFigures(
  p: Pick<FiguredProduct, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'promotion'>,
  f: Omit<FigureFormat, 'approx'> & Partial<Pick<FigureFormat, 'approx'>>,
): TierFigures {
  const promoted = p.promotion?.tiers;
  return {
    rows:
      p.pricing === 'tiered'
        ? p.tiers.map((tier, i) => {
            const promotedPrice = promoted?.find((t) => t.minQuantity === tier.minQuantity)?.price;
            return {
              band: f.units.band(p.tiers, i, p.unit),
              price: money(tier.price, f),
              ...(promotedPrice === undefined
                ? {}
                : { promoted: formatCny(promotedPrice, f.locale) }),
            };
          })
        : [],
    moq: f.units.count(p.moq, p.unit),
    ...(p.lotSize > 1 ? { lots: f.number(p.lotSize) } : {}),
    ...(p.promotion ? { promotionPrice: formatCny(p.promotion.price, f.locale) } : {}),
  };
}

export function offerFigures(p: FiguredProduct, f: FigureFormat): OfferFigures {
  return {
    ...tierFigures(p, f),
    skus: Object.fromEntries(
      p.skus.map((s) => [
        s.id,
        {
          stock: f.units.count(s.stock, p.unit),
          ...(p.pricing === 'per_sku' ? { price: formatCny(inFen(s.price), f.locale) } : {}),
        },
      ]),
    ),
    ...(p.consignPrice === undefined ? {} : { consignPrice: money(inFen(p.consignPrice), f) }),
  };
}
