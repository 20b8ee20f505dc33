/**
 * What each word of an offer is worth to search, decided once when the index is built. A word
 * counts for more where it says what the offer *is*: the head of its product noun ("box" in
 * "Jewellery Box") and the heads of its category names ("Jewellery" for a necklace filed under
 * Jewellery & Accessories › Jewellery) weigh most; a word that only describes it ("jewellery"
 * in "Jewellery Box", "Korean Style") weighs less; the supplier's name least. Category levels
 * add up, so an offer whose whole category path speaks of the query outranks one that is merely
 * filed near it.
 */
import { indexTokens } from './tokenize';

export type NamePair = { en: string; zh: string };

export type IndexDoc = {
  title: string;
  titleZh: string;
  /** The product noun inside the title ("Jewellery Box" / "首饰盒"). */
  noun: NamePair;
  /** Category names, top level first. */
  categories: [NamePair, NamePair, NamePair];
  /** The supplier's names, English and Chinese. */
  supplier: string;
  supplierIndex: number;
  minPrice: number;
  moq: number;
  sales: number;
  createdAt: number;
  isFactory: boolean;
  shipsIn48h: boolean;
  /** Sold one piece at a time (dropshipping). */
  onePiece?: boolean;
  /** Numeric category ids, top level first. */
  categoryPath: [number, number, number];
};

export const WEIGHTS = {
  nounHead: 6,
  noun: 3.5,
  title: 2.5,
  /** Per category level, top first: a word heading the name, and any other word of it. */
  category: [
    { head: 3, other: 0.8 },
    { head: 4, other: 1 },
    { head: 5, other: 1.2 },
  ],
  supplier: 0.5,
} as const;

const HAN_HEAD = 2;
const isHan = (text: string) => /\p{Script=Han}/u.test(text);

/** The tokens of a name's head: its last word, or the last two characters of Chinese. */
function headTokens(name: string): Set<string> {
  const trimmed = name.trim();
  if (isHan(trimmed)) return new Set(indexTokens(trimmed.slice(-HAN_HEAD)));
  const words = trimmed.split(/\s+/);
  return new Set(indexTokens(words[words.length - 1] ?? ''));
}

function raise(into: Map<string, number>, token: string, weight: number) {
  const had = into.get(token);
  if (had === undefined || had < weight) into.set(token, weight);
}

/** A category name's tokens: heads of each coordinated part ("Cups & Bottles") and the rest. */
function categoryTokens(name: string, level: 0 | 1 | 2, into: Map<string, number>) {
  const { head, other } = WEIGHTS.category[level];
  for (const part of name.split(/\s*(?:&|,|\/|\band\b)\s*/)) {
    if (!part) continue;
    const heads = headTokens(part);
    for (const t of indexTokens(part)) raise(into, t, heads.has(t) ? head : other);
  }
}

/** Weights of a category path's tokens, summed over its three levels. */
export function categoryWeights(names: [NamePair, NamePair, NamePair]): Map<string, number> {
  const total = new Map<string, number>();
  names.forEach((pair, level) => {
    const at = new Map<string, number>();
    categoryTokens(pair.en, level as 0 | 1 | 2, at);
    categoryTokens(pair.zh, level as 0 | 1 | 2, at);
    for (const [t, w] of at) total.set(t, (total.get(t) ?? 0) + w);
  });
  return total;
}

type NounTokens = { all: Set<string>; heads: Set<string> };
const nounCache = new Map<string, NounTokens>();

/** A product noun's tokens and head tokens (nouns repeat across offers: computed once each). */
function nounTokens(noun: string): NounTokens {
  let info = nounCache.get(noun);
  if (!info)
    nounCache.set(noun, (info = { all: new Set(indexTokens(noun)), heads: headTokens(noun) }));
  return info;
}

/** Token strings as small integers, so that the per-offer work runs on typed arrays. */
export class TokenTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(token, id);
      this.names.push(token);
    }
    return id;
  }
}

/** A fixed set of weighted tokens (a category path's, a supplier's), by token id. */
export type WeightedIds = { ids: Int32Array; weights: Float32Array };

export function toWeightedIds(table: TokenTable, weights: Map<string, number>): WeightedIds {
  const entries = [...weights];
  return {
    ids: Int32Array.from(entries, ([t]) => table.id(t)),
    weights: Float32Array.from(entries, ([, w]) => w),
  };
}

/**
 * Weighs the tokens of one offer after another: the title's part plus the category path's
 * part, or the supplier's weight for a token found in neither. After `weigh`, `ids[0..n)`,
 * `weights[0..n)` and `titles[0..n)` hold the offer's tokens, their weights and the title's
 * part of each.
 */
export class DocWeigher {
  ids = new Int32Array(256);
  weights = new Float32Array(256);
  titles = new Float32Array(256);
  private acc = new Float32Array(4096);

  constructor(private readonly table: TokenTable) {}

  private add(id: number, weight: number, n: number, sum: boolean): number {
    if (id >= this.acc.length) {
      const grown = new Float32Array(Math.max(id + 1, this.acc.length * 2));
      grown.set(this.acc);
      this.acc = grown;
    }
    const had = this.acc[id]!;
    if (had === 0) {
      if (n >= this.ids.length) {
        const ids = new Int32Array(n * 2);
        ids.set(this.ids);
        this.ids = ids;
        this.weights = new Float32Array(n * 2);
      }
      this.ids[n++] = id;
      this.acc[id] = weight;
    } else {
      this.acc[id] = sum ? had + weight : Math.max(had, weight);
    }
    return n;
  }

  private title(title: string, noun: string, n: number): number {
    const { all, heads } = nounTokens(noun);
    for (const t of indexTokens(title)) {
      const w = heads.has(t) ? WEIGHTS.nounHead : all.has(t) ? WEIGHTS.noun : WEIGHTS.title;
      n = this.add(this.table.id(t), w, n, false);
    }
    return n;
  }

  weigh(doc: IndexDoc, categories: WeightedIds, supplier: Int32Array): number {
    let n = this.title(doc.title, doc.noun.en, 0);
    n = this.title(doc.titleZh, doc.noun.zh, n);
    const inTitle = n;
    if (this.titles.length < this.ids.length) this.titles = new Float32Array(this.ids.length);
    for (let i = 0; i < inTitle; i++) this.titles[i] = this.acc[this.ids[i]!]!;
    for (let i = 0; i < categories.ids.length; i++) {
      n = this.add(categories.ids[i]!, categories.weights[i]!, n, true);
    }
    for (let i = 0; i < supplier.length; i++) {
      const id = supplier[i]!;
      if (id >= this.acc.length || this.acc[id] === 0) n = this.add(id, WEIGHTS.supplier, n, false);
    }
    if (this.titles.length < this.ids.length) {
      const titles = new Float32Array(this.ids.length);
      titles.set(this.titles.subarray(0, inTitle));
      this.titles = titles;
    }
    for (let i = 0; i < n; i++) {
      const id = this.ids[i]!;
      this.weights[i] = this.acc[id]!;
      if (i >= inTitle) this.titles[i] = 0;
      this.acc[id] = 0;
    }
    return n;
  }
}
