/**
 * One mock offer, generated from (seed, index) alone. The fields search needs are built
 * eagerly for every offer; the heavy detail (description, attributes, gallery) comes from a
 * separate random stream, so it can be rebuilt on demand and always agrees with the summary.
 */
import {
  type PriceTier,
  type Product,
  type ProductSummary,
  type Sku,
  type SkuAttribute,
  toSupplierRef,
} from '@/lib/domain/schemas';
import { IMAGE_VARIANTS, LAYOUTS, offerImageUrl } from '@/lib/mock/images';
import type { LeafInfo } from './categories';
import { AXIS_NAMES, AXIS_VALUES, COLORS, type OptionValue } from './data/options';
import { PLACES } from './data/places';
import type { AxisName } from './data/types';
import { describeOffer } from './description';
import { makePackage } from './packaging';
import { Random, hashSeed, round2, splitList, splitPair } from './random';
import { type MockSupplier, publicSupplier } from './suppliers';

const PREFIXES = splitList(
  '2025新款|2025 New;2026新款|2026 New;跨境|Cross-border;厂家直销|Factory Direct;爆款|Best-selling;外贸|Export;现货|In Stock;ins风|Trendy',
);
const SUFFIXES = splitList(
  '批发|Wholesale;一件代发|Dropshipping;工厂批发|Factory Wholesale;可定制logo|Custom Logo;源头厂家|Source Factory;跨境专供|For Cross-border Sellers',
);
const MOQS = [1, 2, 2, 3, 5, 10, 10, 20, 30, 50, 100, 200, 500];

export const CATALOG_EPOCH = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

export type OfferContext = {
  seed: number;
  leaves: LeafInfo[];
  suppliersByTop: MockSupplier[][];
};

/** Offer ids: 12 digits, unique for any index below 10^11 (multiplier coprime to modulus). */
export function offerIdFor(index: number): string {
  return String(600_000_000_000 + ((index * 982_451_653) % 99_999_999_999));
}

export type OfferCore = {
  summary: ProductSummary;
  leaf: LeafInfo;
  supplier: MockSupplier;
  pricing: Product['pricing'];
  tiers: PriceTier[];
  lotSize: number;
  skus: Sku[];
  color: OptionValue;
  createdAt: number;
};

function makeTiers(r: Random, base: number, moq: number): PriceTier[] {
  const count = r.int(1, 3);
  const tiers: PriceTier[] = [{ minQuantity: moq, price: round2(base) }];
  let qty = moq;
  let price = base;
  for (let i = 1; i < count; i++) {
    qty = qty * r.pick([5, 10, 20]);
    price = price * (0.82 + r.next() * 0.12);
    const rounded = round2(price);
    const previous = tiers[tiers.length - 1]!.price;
    if (rounded >= previous || rounded <= 0) break;
    tiers.push({ minQuantity: qty, price: rounded });
  }
  return tiers;
}

function axisValues(r: Random, axis: AxisName, main: OptionValue): OptionValue[] {
  if (axis === 'color') {
    const others = r.sample(
      COLORS.filter((c) => c !== main),
      r.int(1, 4),
    );
    return [main, ...others];
  }
  const values = AXIS_VALUES[axis];
  const start = r.int(0, Math.max(0, values.length - 3));
  return values.slice(start, start + r.int(2, Math.min(5, values.length - start)));
}

function makeSkus(
  r: Random,
  id: string,
  leaf: LeafInfo,
  main: OptionValue,
  pricing: Product['pricing'],
  base: number,
  layout: number,
): Sku[] {
  const axes = leaf.top.axes;
  const lists = axes.map((axis) => ({ axis, values: axisValues(r, axis, main) }));
  let combos: { axis: AxisName; value: OptionValue }[][] = [[]];
  for (const { axis, values } of lists) {
    combos = combos.flatMap((c) => values.map((value) => [...c, { axis, value }]));
  }
  const step = Math.max(0.1, round2(base * 0.08));
  return combos.slice(0, 30).map((combo, k) => {
    const colour = combo.find((c) => c.axis === 'color')?.value ?? main;
    const extra = combo.reduce((sum, c) => sum + (c.value.priceStep ?? 0), 0);
    const attributes: SkuAttribute[] = combo.map(({ axis, value }) => ({
      name: AXIS_NAMES[axis].en,
      nameZh: AXIS_NAMES[axis].zh,
      value: value.en,
      valueZh: value.zh,
    }));
    return {
      id: `${id}${String(k + 1).padStart(3, '0')}`,
      attributes,
      price: pricing === 'per_sku' ? round2(base + extra * step) : round2(base),
      stock: r.chance(0.06) ? 0 : r.int(20, 9999),
      image: offerImageUrl({
        glyph: leaf.top.glyph,
        color: colour.hex ?? main.hex!,
        variant: 0,
        layout,
      }),
    };
  });
}

export function generateOfferCore(ctx: OfferContext, index: number): OfferCore {
  const r = new Random(hashSeed(ctx.seed, 'offer', index));
  const id = offerIdFor(index);
  const leaf = r.pick(ctx.leaves);
  const top = leaf.top;
  const supplier = r.pick(ctx.suppliersByTop[leaf.topIndex]!);
  const noun = r.pick(leaf.nouns);
  const mods = r.sample(
    leaf.modifiers.filter(
      (m) => !noun.zh.includes(m.zh) && !noun.en.toLowerCase().includes(m.en.toLowerCase()),
    ),
    2,
  );
  const prefix = r.chance(0.7) ? r.pick(PREFIXES) : null;
  const suffix = r.chance(0.5) ? r.pick(SUFFIXES) : null;
  const parts = [prefix, ...mods, noun, suffix].filter((p): p is { zh: string; en: string } => !!p);
  const color = r.pick(COLORS);
  const base = Math.max(0.05, round2(r.logUniform(leaf.price[0], leaf.price[1])));
  const cheap = base < 5 ? 3 : base < 30 ? 0 : -3;
  const moq = MOQS[Math.max(0, Math.min(MOQS.length - 1, r.int(0, 7) + cheap))]!;
  const lotSize =
    top.glyph === 'box' || (top.glyph === 'office' && base < 3)
      ? r.pick([1, 10, 50].filter((n) => moq % n === 0))
      : 1;
  const hasPricedAxis = top.axes.some(
    (a) => a !== 'color' && AXIS_VALUES[a].some((v) => (v.priceStep ?? 0) > 0),
  );
  const pricing: Product['pricing'] = hasPricedAxis && r.chance(0.45) ? 'per_sku' : 'tiered';
  // The main picture's layout comes from a stream of its own, so the rest of the offer is as before.
  const layout = hashSeed(ctx.seed, 'offer-look', index) % LAYOUTS;
  const skus = makeSkus(r, id, leaf, color, pricing, base, layout);
  const tiers =
    pricing === 'per_sku'
      ? [{ minQuantity: moq, price: Math.min(...skus.map((s) => s.price)) }]
      : makeTiers(r, base, moq);
  const prices = [...tiers.map((t) => t.price), ...skus.map((s) => s.price)];
  const sales30d = Math.floor(Math.exp(r.next() ** 1.4 * 11)) - 1;
  const createdAt = CATALOG_EPOCH - r.int(0, 900) * DAY;
  const shipsIn48h = r.chance(0.55);
  const unit = splitPair(top.unit);
  const dropship = dropshipping(ctx.seed, index, moq, prices);
  return {
    summary: {
      id,
      title: parts.map((p) => p.en).join(' '),
      titleZh: parts.map((p) => p.zh).join(''),
      image: offerImageUrl({ glyph: top.glyph, color: color.hex!, variant: 0, layout }),
      price: { min: Math.min(...prices), max: Math.max(...prices), currency: 'CNY' },
      moq,
      unit: unit.en,
      sales30d,
      categoryId: leaf.id,
      supplier: toSupplierRef(supplier),
      isFactory: supplier.isFactory,
      shipsIn48h,
      ...dropship,
    },
    leaf,
    supplier,
    pricing,
    tiers,
    lotSize,
    skus,
    color,
    createdAt,
  };
}

/**
 * Whether the offer is sold by the piece for dropshipping (一件代发), and at what price: more
 * often for small minimum orders, a little above the wholesale price. Drawn from a stream of
 * its own, so that the rest of the offer is what it always was.
 */
function dropshipping(
  seed: number,
  index: number,
  moq: number,
  prices: number[],
): { consignPrice?: number; onePiece?: boolean } {
  const r = new Random(hashSeed(seed, 'dropship', index));
  const chance = moq <= 2 ? 0.7 : moq <= 10 ? 0.35 : 0.1;
  if (!r.chance(chance)) return {};
  const wholesale = Math.max(...prices);
  return { onePiece: true, consignPrice: round2(wholesale * (1.12 + r.next() * 0.25) + 0.5) };
}

export function generateProduct(ctx: OfferContext, index: number): Product {
  const core = generateOfferCore(ctx, index);
  const { summary, leaf, supplier } = core;
  const r = new Random(hashSeed(ctx.seed, 'offer-detail', index));
  const top = leaf.top;
  const skuColours = [...new Set(core.skus.map((s) => s.image).filter((s): s is string => !!s))];
  const imageCount = r.int(3, IMAGE_VARIANTS);
  const images = Array.from({ length: imageCount }, (_, v) =>
    v === 0
      ? summary.image
      : offerImageUrl({
          glyph: top.glyph,
          color: v < 3 || skuColours.length < 2 ? core.color.hex! : r.pick(COLORS).hex!,
          variant: v,
        }),
  );
  const attributes = Object.entries(top.attributes).map(([pair, values]) => {
    const name = splitPair(pair);
    const value = r.pick(splitList(values));
    return { name: name.en, nameZh: name.zh, value: value.en, valueZh: value.zh };
  });
  const itemNumber = `${summary.id.slice(-5)}-${r.int(10, 99)}`;
  attributes.push(
    { name: 'Item number', nameZh: '货号', value: itemNumber, valueZh: itemNumber },
    {
      name: 'Origin',
      nameZh: '产地',
      value: supplier.location,
      valueZh: `${PLACES[supplier.cityKey]!.provinceZh}${PLACES[supplier.cityKey]!.cityZh}`,
    },
  );
  const [cheapest, dearest] = leaf.price;
  const position =
    dearest > cheapest
      ? Math.log(core.tiers[0]!.price / cheapest) / Math.log(dearest / cheapest)
      : 0.5;
  const pack = makePackage(
    new Random(hashSeed(ctx.seed, 'package', index)),
    top.glyph,
    top.weightKg,
    position,
  );
  return {
    ...summary,
    images,
    pricing: core.pricing,
    tiers: core.tiers,
    lotSize: core.lotSize,
    skus: core.skus,
    attributes,
    description: describeOffer(r, { index, summary, leaf, attributes, images }),
    supplier: publicSupplier(supplier),
    shipping: {
      from: supplier.location,
      weightKg: pack.weightKg,
      dimensionsCm: pack.dimensionsCm,
    },
    sourceUrl: `https://detail.1688.com/offer/${summary.id}.html`,
    createdAt: new Date(core.createdAt).toISOString(),
    available: true,
  };
}
