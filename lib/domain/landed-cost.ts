/**
 * What goods cost delivered: goods + China domestic shipping (one parcel per supplier, to the
 * agent's warehouse) + international freight by chargeable weight + the agent's fee + optional
 * import duty and VAT. Chargeable weight is max(actual, volumetric L×W×H / divisor), rounded up
 * and floored as the method's rule says. Rates come from one versioned table
 * (landed-cost-rates.json, validated here). Every figure is an estimate, and says so.
 */
import * as z from './zod';
import DEFAULT_TABLE from './landed-cost-rates.json';
import { percentOfFen } from './pricing';

const METHOD_IDS = ['express_air', 'economy_air', 'sea_rail'] as const;
export type MethodId = (typeof METHOD_IDS)[number];
const fen = z.int().check(z.nonnegative());
const percent = z.number().check(z.minimum(0), z.maximum(100));
const positive = z.number().check(z.positive());
const perMethod = z.object({ express_air: fen, economy_air: fen, sea_rail: fen });

export const ratesTable = z.object({
  version: z.literal(1),
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  source: z.string().check(z.minLength(1)),
  currency: z.literal('CNY'),
  agentFeePercent: percent,
  domestic: z.object({ label: z.string(), firstKgFen: fen, extraKgFen: fen }),
  methods: z
    .array(
      z.object({
        id: z.enum(METHOD_IDS),
        label: z.string().check(z.minLength(1)),
        days: z.string(),
        volumetricDivisor: positive,
        roundUpKg: positive,
        minChargeableKg: z.number().check(z.nonnegative()),
      }),
    )
    .check(z.minLength(1)),
  destinations: z
    .array(
      z.object({
        code: z.string().check(z.regex(/^[A-Z]{2}$/)),
        name: z.string().check(z.minLength(1)),
        /** What duty is charged on: the goods (FOB countries) or goods and freight (CIF). */
        customsValue: z.enum(['goods', 'goods_and_freight']),
        vatName: z.string(),
        vatPercent: percent,
        dutyPercent: percent,
        freightPerKgFen: perMethod,
        shipmentFeeFen: perMethod,
      }),
    )
    .check(z.minLength(1)),
});
export type RatesTable = z.infer<typeof ratesTable>;
export type Method = RatesTable['methods'][number];
export type Destination = RatesTable['destinations'][number];

/** The table shipped with pifa; a malformed replacement fails the build and the tests. */
export const RATES: RatesTable = ratesTable.parse(DEFAULT_TABLE);

export type LandedOptions = {
  destination: string;
  method: MethodId;
  agentFeePercent: number;
  includeTaxes: boolean;
  dutyPercent: number;
  vatPercent: number;
};

export function defaultLandedOptions(table: RatesTable = RATES): LandedOptions {
  const destination = table.destinations[0]!;
  return {
    destination: destination.code,
    method: table.methods[0]!.id,
    agentFeePercent: table.agentFeePercent,
    includeTaxes: false,
    dutyPercent: destination.dutyPercent,
    vatPercent: destination.vatPercent,
  };
}

/** One item of a shipment: a quantity of one offer's units. */
export type ShipmentItem = {
  label: string;
  quantity: number;
  weightKg?: number;
  dimensionsCm?: { length: number; width: number; height: number };
};

/** Goods bought from one supplier: one order, one domestic parcel. */
export type SupplierParcel = { goodsFen: number; items: ShipmentItem[] };

export type Weights = { actualG: number; volumetricG: number; chargeableG: number };

export type LandedCost = {
  goodsFen: number;
  domesticFen: number;
  freightFen: number;
  agentFeeFen: number;
  dutyFen: number;
  vatFen: number;
  totalFen: number;
  weights: Weights;
  method: Method;
  destination: Destination;
  /** Items whose weight or package size is unknown, so their freight is not included. */
  missing: string[];
};

const grams = (kg: number) => Math.round(kg * 1000);

export function actualWeightG(items: readonly ShipmentItem[]): number {
  return items.reduce(
    (sum, i) => sum + (i.weightKg === undefined ? 0 : grams(i.weightKg) * i.quantity),
    0,
  );
}

/** Actual, volumetric and chargeable weight of items shipped together, in grams. */
export function chargeableWeight(items: readonly ShipmentItem[], method: Method): Weights {
  const actualG = actualWeightG(items);
  let volumeCm3 = 0;
  for (const item of items) {
    const d = item.dimensionsCm;
    if (d) volumeCm3 += d.length * d.width * d.height * item.quantity;
  }
  const volumetricG = Math.ceil((volumeCm3 * 1000) / method.volumetricDivisor);
  const heavier = Math.max(actualG, volumetricG);
  const step = grams(method.roundUpKg);
  const chargeableG =
    heavier === 0 ? 0 : Math.max(grams(method.minChargeableKg), Math.ceil(heavier / step) * step);
  return { actualG, volumetricG, chargeableG };
}

/** First kilogram and each further started kilogram of one domestic parcel. */
export function domesticFen(weightG: number, table: RatesTable = RATES): number {
  if (weightG <= 0) return 0;
  const extraKg = Math.max(0, Math.ceil(weightG / 1000) - 1);
  return table.domestic.firstKgFen + extraKg * table.domestic.extraKgFen;
}

export function findMethod(id: string, table: RatesTable = RATES): Method {
  return table.methods.find((m) => m.id === id) ?? table.methods[0]!;
}

export function findDestination(code: string, table: RatesTable = RATES): Destination {
  return table.destinations.find((d) => d.code === code) ?? table.destinations[0]!;
}

export function landedCost(
  parcels: readonly SupplierParcel[],
  options: LandedOptions,
  table: RatesTable = RATES,
): LandedCost {
  const method = findMethod(options.method, table);
  const destination = findDestination(options.destination, table);
  const items = parcels.flatMap((p) => p.items).filter((i) => i.quantity > 0);
  const goodsFen = parcels.reduce((sum, p) => sum + p.goodsFen, 0);
  const missing = items
    .filter((i) => i.weightKg === undefined && i.dimensionsCm === undefined)
    .map((i) => i.label);
  // Each supplier ships one parcel; one of unknown weight still costs the first kilogram.
  const domestic = parcels.reduce((sum, p) => {
    const shipped = p.items.filter((i) => i.quantity > 0);
    return shipped.length ? sum + domesticFen(Math.max(1, actualWeightG(shipped)), table) : sum;
  }, 0);
  const weights = chargeableWeight(items, method);
  const freightFen =
    weights.chargeableG === 0
      ? 0
      : Math.round((weights.chargeableG * destination.freightPerKgFen[method.id]) / 1000) +
        destination.shipmentFeeFen[method.id];
  const agentFeeFen = percentOfFen(goodsFen, options.agentFeePercent);
  const customsFen =
    destination.customsValue === 'goods' ? goodsFen : goodsFen + domestic + freightFen;
  const dutyFen = options.includeTaxes ? percentOfFen(customsFen, options.dutyPercent) : 0;
  // Import VAT (or GST) is charged on the customs value with the duty added.
  const vatFen = options.includeTaxes ? percentOfFen(customsFen + dutyFen, options.vatPercent) : 0;
  return {
    goodsFen,
    domesticFen: domestic,
    freightFen,
    agentFeeFen,
    dutyFen,
    vatFen,
    totalFen: goodsFen + domestic + freightFen + agentFeeFen + dutyFen + vatFen,
    weights,
    method,
    destination,
    missing,
  };
}

/** The cost per unit of `quantity` units, rounded to the fen. */
export function perUnitFen(totalFen: number, quantity: number): number {
  return quantity > 0 ? Math.round(totalFen / quantity) : 0;
}
