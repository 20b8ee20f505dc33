/**
 * The sourcing list as the buyer reads it: lines grouped by supplier (each supplier is one
 * 1688 order), every offer's tier recomputed from all its lines, subtotals and the list total
 * in fen, and what changed since the lines were added (price, stock, variants or offers no
 * longer sold). Current data, where it has arrived, wins over the copy saved in the list.
 */
import { NO_SKU, type OfferOrder, type OrderLine, type OrderOffer, orderOffer } from './order';
import type { Product } from './schemas';
import type { ShipmentItem, SupplierParcel } from './landed-cost';
import type { ListLine, ListOffer, SourcingList } from './sourcing-list';

/** What is known now of an offer: loading (undefined), current, gone from 1688, or unknown. */
export type CurrentOffer =
  { status: 'current'; product: Product } | { status: 'gone' } | { status: 'unchecked' };

export type LineView = {
  line: ListLine;
  /** Null when the line is not ordered (quantity 0, variant or offer no longer sold). */
  order: OrderLine | null;
  /** The variant is no longer sold by the offer. */
  gone: boolean;
  stock: number | undefined;
  /** The unit price at this quantity when the line was added, and now, when they differ. */
  priceChange: { beforeFen: number; nowFen: number } | null;
};

export type OfferView = {
  offer: ListOffer;
  status: 'loading' | CurrentOffer['status'];
  product: Product | null;
  order: OfferOrder;
  lines: LineView[];
  weightKg: number | undefined;
  dimensionsCm: ListOffer['shipping']['dimensionsCm'];
};

export type SupplierGroup = {
  supplier: ListOffer['supplier'];
  offers: OfferView[];
  quantity: number;
  subtotalFen: number;
};

export type ListView = {
  groups: SupplierGroup[];
  totalFen: number;
  quantity: number;
  offerCount: number;
  lineCount: number;
  /** Offers and lines that need the buyer's attention (prices, MOQ, stock, gone). */
  warningCount: number;
};

function savedBasis(offer: ListOffer): OrderOffer {
  return {
    pricing: offer.pricing,
    tiers: offer.tiers,
    moq: offer.moq,
    lotSize: offer.lotSize,
    unit: offer.unit,
    skus: offer.lines
      .filter((l) => l.skuId !== NO_SKU)
      .map((l) => ({ id: l.skuId, price: l.skuPrice })),
  };
}

function quantitiesOf(lines: readonly ListLine[], keep: (l: ListLine) => boolean) {
  return Object.fromEntries(lines.filter(keep).map((l) => [l.skuId, l.quantity]));
}

export function viewOffer(offer: ListOffer, current: CurrentOffer | undefined): OfferView {
  const product = current?.status === 'current' ? current.product : null;
  const gone = current?.status === 'gone';
  const sold = (l: ListLine) =>
    !gone &&
    (!product ||
      (l.skuId === NO_SKU
        ? product.skus.length === 0
        : product.skus.some((s) => s.id === l.skuId)));
  const quantities = quantitiesOf(offer.lines, sold);
  const basis: OrderOffer = product ?? savedBasis(offer);
  const order = orderOffer(basis, quantities);
  const before = product ? orderOffer(savedBasis(offer), quantities) : order;
  const lines = offer.lines.map((line): LineView => {
    const orderLine = order.lines.find((l) => l.skuId === line.skuId) ?? null;
    const then = before.lines.find((l) => l.skuId === line.skuId);
    const sku = product?.skus.find((s) => s.id === line.skuId);
    return {
      line,
      order: orderLine,
      gone: gone || !sold(line),
      stock: sku?.stock,
      priceChange:
        orderLine && then && then.unitPriceFen !== orderLine.unitPriceFen
          ? { beforeFen: then.unitPriceFen, nowFen: orderLine.unitPriceFen }
          : null,
    };
  });
  return {
    offer,
    status: current?.status ?? 'loading',
    product,
    order,
    lines,
    weightKg: product ? product.shipping.weightKg : offer.shipping.weightKg,
    dimensionsCm: product ? product.shipping.dimensionsCm : offer.shipping.dimensionsCm,
  };
}

function needsAttention(o: OfferView): number {
  const lineIssues = o.lines.filter(
    (l) => l.gone || l.priceChange || l.order?.stockProblem || l.line.quantity === 0,
  ).length;
  return lineIssues + o.order.problems.length + (o.status === 'gone' ? 1 : 0);
}

export function viewList(list: SourcingList, current: ReadonlyMap<string, CurrentOffer>): ListView {
  const groups: SupplierGroup[] = [];
  for (const offer of list.offers) {
    const view = viewOffer(offer, current.get(offer.id));
    const supplier = view.product?.supplier ?? offer.supplier;
    let group = groups.find((g) => g.supplier.id === supplier.id);
    if (!group) {
      group = { supplier: offer.supplier, offers: [], quantity: 0, subtotalFen: 0 };
      groups.push(group);
    }
    group.offers.push(view);
    group.quantity += view.order.totalQuantity;
    group.subtotalFen += view.order.totalFen;
  }
  const offers = groups.flatMap((g) => g.offers);
  return {
    groups,
    totalFen: groups.reduce((sum, g) => sum + g.subtotalFen, 0),
    quantity: groups.reduce((sum, g) => sum + g.quantity, 0),
    offerCount: offers.length,
    lineCount: offers.reduce((n, o) => n + o.lines.length, 0),
    warningCount: offers.reduce((n, o) => n + needsAttention(o), 0),
  };
}

export function shipmentItem(o: OfferView): ShipmentItem {
  return {
    label: o.offer.title,
    quantity: o.order.totalQuantity,
    weightKg: o.weightKg,
    dimensionsCm: o.dimensionsCm,
  };
}

/** One parcel per supplier group, for the landed-cost estimate of the whole list. */
export function parcelsOf(view: ListView): SupplierParcel[] {
  return view.groups.map((g) => ({
    goodsFen: g.subtotalFen,
    items: g.offers.filter((o) => o.order.totalQuantity > 0).map(shipmentItem),
  }));
}
