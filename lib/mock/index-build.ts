/**
 * What the search index computes once from the catalog: weighted posting lists, the columns
 * filters read, and every sort order for the whole catalog, for each category and for each
 * supplier, so that browsing reads a page straight off a list.
 */
import type { SortOrder } from '@/lib/domain/schemas';
import {
  categoryWeights,
  DocWeigher,
  type IndexDoc,
  TokenTable,
  toWeightedIds,
  type WeightedIds,
} from './index-fields';
import { idfOf, type Posting } from './postings';
import { indexTokens, queryWords } from './tokenize';

export const FLAG_FACTORY = 1;
export const FLAG_48H = 2;
export const FLAG_ONE_PIECE = 4;
/** How many combinations of the flags there are (a precomputed list for each). */
export const FLAG_COMBINATIONS = 8;

export function flagsOf(d: Pick<IndexDoc, 'isFactory' | 'shipsIn48h' | 'onePiece'>): number {
  return (
    (d.isFactory ? FLAG_FACTORY : 0) |
    (d.shipsIn48h ? FLAG_48H : 0) |
    (d.onePiece ? FLAG_ONE_PIECE : 0)
  );
}

/** The flags a query asks for. */
export function wantedFlags(q: {
  factoryOnly: boolean;
  shipsIn48h: boolean;
  onePiece?: boolean;
}): number {
  return flagsOf({ isFactory: q.factoryOnly, shipsIn48h: q.shipsIn48h, onePiece: q.onePiece });
}

export type OrderKey = Exclude<SortOrder, 'relevance'>;
export const ORDER_KEYS: OrderKey[] = ['sales', 'price_asc', 'price_desc', 'newest'];

/**
 * One sort order: the offers in it, each offer's place, the same order per category and per
 * supplier, and per combination of the factory and 48-hour flags (index = the flags' bits).
 */
export type OrderLists = {
  order: Int32Array;
  rank: Int32Array;
  byCategory: Map<number, Int32Array>;
  bySupplier: Int32Array[];
  byFlags: Int32Array[];
};

/** Per-offer values that filters and ranking read. */
export type Columns = {
  minPrice: Float64Array;
  moq: Int32Array;
  flags: Uint8Array;
  supplierOf: Int32Array;
  categories: [Int32Array, Int32Array, Int32Array];
  /** A small lift for popular offers, so that ties go to what buyers buy. */
  boost: Float32Array;
};

export function buildColumns(docs: readonly IndexDoc[]): Columns {
  const level = (l: number) => Int32Array.from(docs, (d) => d.categoryPath[l]!);
  return {
    minPrice: Float64Array.from(docs, (d) => d.minPrice),
    moq: Int32Array.from(docs, (d) => d.moq),
    flags: Uint8Array.from(docs, flagsOf),
    supplierOf: Int32Array.from(docs, (d) => d.supplierIndex),
    categories: [level(0), level(1), level(2)],
    boost: Float32Array.from(docs, (d) => Math.log1p(d.sales) * 0.15),
  };
}

/**
 * The posting lists, and for each token the title's part of its weights (what the synonym
 * groups need while they are built, and nothing after).
 */
export function buildPostings(docs: readonly IndexDoc[]): {
  postings: Map<string, Posting>;
  titleParts: Map<string, Float32Array>;
} {
  const table = new TokenTable();
  const weigher = new DocWeigher(table);
  const byLeaf = new Map<number, WeightedIds>();
  const bySupplier = new Map<number, Int32Array>();
  const build: { docs: number[]; weights: number[]; titles: number[] }[] = [];
  docs.forEach((doc, i) => {
    let cats = byLeaf.get(doc.categoryPath[2]);
    if (!cats) {
      cats = toWeightedIds(table, categoryWeights(doc.categories));
      byLeaf.set(doc.categoryPath[2], cats);
    }
    let sup = bySupplier.get(doc.supplierIndex);
    if (!sup) {
      sup = Int32Array.from(new Set(indexTokens(doc.supplier)), (t) => table.id(t));
      bySupplier.set(doc.supplierIndex, sup);
    }
    const n = weigher.weigh(doc, cats, sup);
    for (let k = 0; k < n; k++) {
      const e = (build[weigher.ids[k]!] ??= { docs: [], weights: [], titles: [] });
      e.docs.push(i);
      e.weights.push(weigher.weights[k]!);
      e.titles.push(weigher.titles[k]!);
    }
  });
  const postings = new Map<string, Posting>();
  const titleParts = new Map<string, Float32Array>();
  build.forEach((e, id) => {
    const token = table.names[id]!;
    postings.set(token, {
      docs: Int32Array.from(e.docs),
      weights: Float32Array.from(e.weights),
      idf: idfOf(e.docs.length, docs.length),
    });
    titleParts.set(token, Float32Array.from(e.titles));
  });
  return { postings, titleParts };
}

export function buildOrders(docs: readonly IndexDoc[]): Map<OrderKey, OrderLists> {
  const ids = Array.from({ length: docs.length }, (_, i) => i);
  const price = Float64Array.from(docs, (d) => d.minPrice);
  const sales = Float64Array.from(docs, (d) => d.sales);
  const created = Float64Array.from(docs, (d) => d.createdAt);
  const byPrice = (a: number, b: number) => price[a]! - price[b]! || a - b;
  const sorted: Record<OrderKey, number[]> = {
    sales: [...ids].sort((a, b) => sales[b]! - sales[a]! || a - b),
    price_asc: [...ids].sort(byPrice),
    price_desc: [...ids].sort((a, b) => byPrice(b, a)),
    newest: [...ids].sort((a, b) => created[b]! - created[a]! || a - b),
  };
  const suppliers = docs.reduce((m, d) => Math.max(m, d.supplierIndex), -1) + 1;
  const out = new Map<OrderKey, OrderLists>();
  for (const key of ORDER_KEYS) {
    const order = Int32Array.from(sorted[key]);
    const rank = new Int32Array(order.length);
    order.forEach((d, r) => (rank[d] = r));
    const byCategory = new Map<number, number[]>();
    const bySupplier: number[][] = Array.from({ length: suppliers }, () => []);
    const byFlags: number[][] = Array.from({ length: FLAG_COMBINATIONS }, () => []);
    for (const d of order) {
      const flags = flagsOf(docs[d]!);
      for (let need = 1; need < FLAG_COMBINATIONS; need++) {
        if ((flags & need) === need) byFlags[need]!.push(d);
      }
      for (const id of docs[d]!.categoryPath) {
        let list = byCategory.get(id);
        if (!list) byCategory.set(id, (list = []));
        list.push(d);
      }
      bySupplier[docs[d]!.supplierIndex]!.push(d);
    }
    out.set(key, {
      order,
      rank,
      byCategory: new Map([...byCategory].map(([id, l]) => [id, Int32Array.from(l)])),
      bySupplier: bySupplier.map((l) => Int32Array.from(l)),
      byFlags: byFlags.map((l, need) => (need === 0 ? order : Int32Array.from(l))),
    });
  }
  return out;
}

/** How a stem is spelt in offers ("earbud" → "earbuds"): titles first, then category names. */
export function surfaceSpelling(
  postings: Map<string, Posting>,
  docs: readonly IndexDoc[],
): (token: string) => string {
  const known = new Map<string, string>();
  return (token) => {
    let s = known.get(token);
    if (s !== undefined) return s;
    const sample = Array.from(postings.get(token)?.docs.subarray(0, 20) ?? []);
    const texts = [
      ...sample.map((d) => docs[d]!.title),
      ...sample.flatMap((d) => docs[d]!.categories.map((c) => c.en)),
    ];
    const word = texts.flatMap((t) => queryWords(t)).find((w) => w.token === token);
    known.set(token, (s = word ? word.text.toLowerCase() : token));
    return s;
  };
}
