/**
 * Changes to a sourcing list, as pure functions from one list to the next: add what the order
 * form holds, edit a quantity or a note in place, remove a line and put it back (undo), take
 * the current prices of an offer, and merge lines that arrive from a share link or a CSV file.
 */
import { MAX_QUANTITY, NO_SKU, type Quantities } from './order';
import type { Product } from './schemas';
import {
  type ListLine,
  type ListOffer,
  MAX_LIST_OFFERS,
  MAX_NOTE_LENGTH,
  type SourcingList,
} from './sourcing-list';

/** An offer as pages hand it to the browser (without the seller's description). */
export type ListableProduct = Omit<Product, 'description' | 'attributes'>;

/** What the list keeps of an offer: what the buyer saw when adding it. */
export function offerSnapshot(product: ListableProduct, now: Date): Omit<ListOffer, 'lines'> {
  const s = product.supplier;
  return {
    id: product.id,
    title: product.title,
    titleZh: product.titleZh,
    image: product.image,
    unit: product.unit,
    sourceUrl: product.sourceUrl,
    supplier: {
      id: s.id,
      name: s.name,
      nameZh: s.nameZh,
      location: s.location,
      shopUrl: s.shopUrl,
    },
    pricing: product.pricing,
    tiers: product.tiers,
    moq: product.moq,
    lotSize: product.lotSize,
    shipping: {
      weightKg: product.shipping.weightKg,
      dimensionsCm: product.shipping.dimensionsCm,
    },
    consignPrice: product.consignPrice,
    addedAt: now.toISOString(),
  };
}

/** The lines an order form's quantities make, with each variant as it is sold now. */
export function linesFor(product: ListableProduct, quantities: Quantities): ListLine[] {
  if (product.skus.length === 0) {
    const quantity = quantities[NO_SKU] ?? 0;
    const price = product.tiers[0]?.price ?? 0;
    return quantity > 0
      ? [{ skuId: NO_SKU, variant: [], quantity, note: '', skuPrice: price }]
      : [];
  }
  return product.skus
    .filter((sku) => (quantities[sku.id] ?? 0) > 0)
    .map((sku) => ({
      skuId: sku.id,
      variant: sku.attributes,
      quantity: quantities[sku.id]!,
      note: '',
      skuPrice: sku.price,
    }));
}

export type MergeMode = 'add' | 'replace';

/**
 * Puts an offer's lines into the list: a variant already there gets the quantity added
 * ('add', the order form) or replaced ('replace', an import), and keeps its note unless the
 * incoming line has one. The offer's saved copy becomes the incoming one.
 */
export function mergeOffer(
  list: SourcingList,
  snapshot: Omit<ListOffer, 'lines'>,
  lines: readonly ListLine[],
  mode: MergeMode,
): SourcingList {
  if (lines.length === 0) return list;
  const index = list.offers.findIndex((o) => o.id === snapshot.id);
  const existing = index >= 0 ? list.offers[index]!.lines : [];
  const merged = existing.map((line) => {
    const incoming = lines.find((l) => l.skuId === line.skuId);
    if (!incoming) return line;
    const quantity =
      mode === 'add'
        ? Math.min(MAX_QUANTITY, line.quantity + incoming.quantity)
        : incoming.quantity;
    return { ...incoming, quantity, note: mergeNotes(line.note, incoming.note) };
  });
  for (const line of lines) {
    if (!existing.some((l) => l.skuId === line.skuId)) merged.push(line);
  }
  const offer: ListOffer = {
    ...snapshot,
    addedAt: index >= 0 ? list.offers[index]!.addedAt : snapshot.addedAt,
    lines: merged.slice(0, 100),
  };
  if (index >= 0) return { ...list, offers: list.offers.map((o, i) => (i === index ? offer : o)) };
  if (list.offers.length >= MAX_LIST_OFFERS) {
    throw new RangeError(`A sourcing list holds at most ${MAX_LIST_OFFERS} offers.`);
  }
  return { ...list, offers: [...list.offers, offer] };
}

function mergeNotes(mine: string, theirs: string): string {
  if (!theirs || theirs === mine) return mine;
  if (!mine) return theirs;
  return `${mine}\n${theirs}`.slice(0, MAX_NOTE_LENGTH);
}

/** Adds what the order form holds for a product. */
export function addToList(
  list: SourcingList,
  product: ListableProduct,
  quantities: Quantities,
  now: Date,
): SourcingList {
  return mergeOffer(list, offerSnapshot(product, now), linesFor(product, quantities), 'add');
}

function updateLine(
  list: SourcingList,
  offerId: string,
  skuId: string,
  change: (line: ListLine) => ListLine,
): SourcingList {
  return {
    ...list,
    offers: list.offers.map((o) =>
      o.id !== offerId
        ? o
        : { ...o, lines: o.lines.map((l) => (l.skuId === skuId ? change(l) : l)) },
    ),
  };
}

export function setQuantity(
  list: SourcingList,
  offerId: string,
  skuId: string,
  quantity: number,
): SourcingList {
  const q = Math.max(0, Math.min(MAX_QUANTITY, Math.floor(quantity)));
  return updateLine(list, offerId, skuId, (l) => ({ ...l, quantity: q }));
}

export function setNote(
  list: SourcingList,
  offerId: string,
  skuId: string,
  note: string,
): SourcingList {
  return updateLine(list, offerId, skuId, (l) => ({ ...l, note: note.slice(0, MAX_NOTE_LENGTH) }));
}

/** A removed line and where it was, enough to put it back. */
export type Removed = {
  offer: ListOffer;
  offerIndex: number;
  lineIndex: number;
  line: ListLine;
};

export function removeLine(
  list: SourcingList,
  offerId: string,
  skuId: string,
): { list: SourcingList; removed: Removed | null } {
  const offerIndex = list.offers.findIndex((o) => o.id === offerId);
  const offer = list.offers[offerIndex];
  const lineIndex = offer ? offer.lines.findIndex((l) => l.skuId === skuId) : -1;
  if (!offer || lineIndex < 0) return { list, removed: null };
  const lines = offer.lines.filter((_, i) => i !== lineIndex);
  const offers =
    lines.length === 0
      ? list.offers.filter((_, i) => i !== offerIndex)
      : list.offers.map((o, i) => (i === offerIndex ? { ...o, lines } : o));
  return {
    list: { ...list, offers },
    removed: { offer, offerIndex, lineIndex, line: offer.lines[lineIndex]! },
  };
}

/** Undo of removeLine: the line goes back where it was (its offer too, if it went). */
export function restoreLine(list: SourcingList, removed: Removed): SourcingList {
  const index = list.offers.findIndex((o) => o.id === removed.offer.id);
  if (index >= 0) {
    const offer = list.offers[index]!;
    if (offer.lines.some((l) => l.skuId === removed.line.skuId)) return list;
    const lines = [...offer.lines];
    lines.splice(Math.min(removed.lineIndex, lines.length), 0, removed.line);
    return { ...list, offers: list.offers.map((o, i) => (i === index ? { ...o, lines } : o)) };
  }
  const offers = [...list.offers];
  offers.splice(Math.min(removed.offerIndex, offers.length), 0, {
    ...removed.offer,
    lines: [removed.line],
  });
  return { ...list, offers };
}

/** Takes the current prices, tiers and terms of an offer; quantities and notes stay. */
export function acceptCurrent(list: SourcingList, product: ListableProduct): SourcingList {
  return {
    ...list,
    offers: list.offers.map((o) => {
      if (o.id !== product.id) return o;
      const snapshot = offerSnapshot(product, new Date(o.addedAt));
      const lines = o.lines.map((l) => {
        const sku = product.skus.find((s) => s.id === l.skuId);
        return sku ? { ...l, skuPrice: sku.price, variant: sku.attributes } : l;
      });
      return { ...snapshot, addedAt: o.addedAt, lines };
    }),
  };
}

/** Merges a shared list into the buyer's own; quantities from the shared list win. */
export function importList(
  mine: SourcingList,
  incoming: SourcingList,
): { list: SourcingList; lines: number } {
  let list = mine;
  let lines = 0;
  for (const offer of incoming.offers) {
    const { lines: offerLines, ...snapshot } = offer;
    if (list.offers.length >= MAX_LIST_OFFERS && !list.offers.some((o) => o.id === offer.id)) {
      continue;
    }
    list = mergeOffer(list, snapshot, offerLines, 'replace');
    lines += offerLines.length;
  }
  return { list, lines };
}
