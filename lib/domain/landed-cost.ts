/**
 * What goods cost delivered: goods + China domestic shipping (one parcel per supplier, to the
 * agent's warehouse) + international freight by chargeable weight + the agent's fee + optional
 * import duty and VAT. Chargeable weight is max(actual, volumetric L×W×H / divisor), rounded up
 * and floored as the method's rule says. Rates come from one versioned table
 * (landed-cost-rates.json, checked by landed-cost-schema.ts). Every figure is an estimate,
 * and says so.
 */
import DEFAULT_TABLE from './landed-cost-rates.json';
import { percentOfFen } from './pricing';

export const METHOD_IDS = ['express_air', 'economy_air', 'sea_rail'] as const;
export type MethodId = (typeof METHOD_IDS)[number];
type PerMethod = Record<MethodId, number>;

export type Method = {
  id: MethodId;
  label: string;
  days: string;
  volumetricDivisor: number;
  roundUpKg: number;
  minChargeableKg: number;
};

export type Destination = {
  /** Two capital letters. */
  code: string;
  name: string;
  dutyPercent: number;
  vatPercent: number;
  /** What duty is charged on: the goods (FOB countries) or goods and freight (CIF). */
  customsValue: 'goods' | 'goods_and_freight';
  vatName: string;
  freightPerKgFen: PerMethod;
  shipmentFeeFen: PerMethod;
};

/** The rates table's shape; `landed-cost-schema.ts` holds the schema that checks it. */
export type RatesTable = {
  version: 1;
  /** A date, YYYY-MM-DD. */
  asOf: string;
  source: string;
  currency: 'CNY';
  agentFeePercent: number;
  domestic: { label: string; firstKgFen: number; extraKgFen: number };
  methods: Method[];
  destinations: Destination[];
};

/**
 * The table shipped with pifa. Its schema (`landed-cost-schema.ts`) checks it when the app is
 * configured (`next.config.ts`: a malformed replacement stops the build and the server) and in
 * the unit tests, so that the browser, which uses it too, loads no schema for it.
 */
export const RATES = DEFAULT_TABLE as RatesTable;

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
