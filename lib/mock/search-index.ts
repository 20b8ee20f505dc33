/**
 * The mock catalog's search index, built once: an inverted index of title tokens and of
 * other-field tokens (category names, supplier), typed-array columns for filters, and
 * precomputed orders for each sort. A query touches only the postings of its own tokens.
 */
import type { SortOrder } from '@/lib/domain/schemas';
import { indexTokens, queryTokens } from './tokenize';

export type IndexDoc = {
  title: string;
  titleZh: string;
  other: string;
  minPrice: number;
  moq: number;
  sales: number;
  createdAt: number;
  isFactory: boolean;
  shipsIn48h: boolean;
  onePiece?: boolean;
  /** Numeric category ids, top level first. */
  categoryPath: [number, number, number];
};

export type IndexQuery = {
  q: string;
  sort: SortOrder;
  category?: { level: 1 | 2 | 3; id: number };
  minPrice?: number;
  maxPrice?: number;
  maxMoq?: number;
  factoryOnly: boolean;
  shipsIn48h: boolean;
  onePiece?: boolean;
  offset: number;
  limit: number;
};

export type IndexResult = { total: number; docs: number[] };

type Postings = { title: Int32Array; other: Int32Array; idf: number };

const TITLE_WEIGHT = 3;
const PHRASE_BONUS = 4;
const MAX_PREFIX_EXPANSIONS = 40;
const FLAG_FACTORY = 1;
const FLAG_48H = 2;
const FLAG_ONE_PIECE = 4;

type SortKey = Exclude<SortOrder, 'relevance'>;

export class SearchIndex {
  readonly size: number;
  private readonly postings = new Map<string, Postings>();
  private readonly vocabulary: string[];
  private readonly titles: string[];
  private readonly minPrice: Float64Array;
  private readonly moq: Int32Array;
  private readonly sales: Int32Array;
  private readonly flags: Uint8Array;
  private readonly categories: [Int32Array, Int32Array, Int32Array];
  private readonly orders = new Map<SortKey, { order: Int32Array; rank: Int32Array }>();
  // Scratch space reused by every query (queries run one at a time on one thread).
  private readonly hits: Uint8Array;
  private readonly titleHits: Uint8Array;
  private readonly scores: Float64Array;
  /** A small per-offer lift for popular offers, so that ties go to what buyers buy. */
  private readonly boost: Float64Array;
  private readonly keyShift: number;

  constructor(docs: IndexDoc[]) {
    const n = docs.length;
    this.size = n;
    this.titles = new Array<string>(n);
    this.minPrice = new Float64Array(n);
    this.moq = new Int32Array(n);
    this.sales = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.categories = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    this.hits = new Uint8Array(n);
    this.titleHits = new Uint8Array(n);
    this.scores = new Float64Array(n);
    this.boost = new Float64Array(n);
    this.keyShift = 2 ** Math.ceil(Math.log2(n + 1));

    const build = new Map<string, { title: number[]; other: number[] }>();
    const created = new Float64Array(n);
    // Many offers share a category and supplier, hence the same "other" text.
    const otherTokens = new Map<string, string[]>();
    docs.forEach((doc, i) => {
      this.titles[i] = `${doc.title.toLowerCase()}\u0000${doc.titleZh}`;
      this.minPrice[i] = doc.minPrice;
      this.moq[i] = doc.moq;
      this.sales[i] = doc.sales;
      this.boost[i] = Math.log1p(doc.sales) * 0.15;
      created[i] = doc.createdAt;
      this.flags[i] =
        (doc.isFactory ? FLAG_FACTORY : 0) |
        (doc.shipsIn48h ? FLAG_48H : 0) |
        (doc.onePiece ? FLAG_ONE_PIECE : 0);
      doc.categoryPath.forEach((id, level) => (this.categories[level]![i] = id));
      const titleTokens = new Set(indexTokens(`${doc.title} ${doc.titleZh}`));
      for (const t of titleTokens) this.entry(build, t).title.push(i);
      let others = otherTokens.get(doc.other);
      if (!others) otherTokens.set(doc.other, (others = [...new Set(indexTokens(doc.other))]));
      for (const t of others) {
        if (!titleTokens.has(t)) this.entry(build, t).other.push(i);
      }
    });
    for (const [token, p] of build) {
      const df = p.title.length + p.other.length;
      this.postings.set(token, {
        title: Int32Array.from(p.title),
        other: Int32Array.from(p.other),
        idf: Math.log(1 + n / df),
      });
    }
    this.vocabulary = [...build.keys()].filter((t) => /^[a-z0-9]/.test(t)).sort();

    const ids = Array.from({ length: n }, (_, i) => i);
    const byPrice = (a: number, b: number) => this.minPrice[a]! - this.minPrice[b]! || a - b;
    this.setOrder('price_asc', [...ids].sort(byPrice));
    this.setOrder(
      'price_desc',
      [...ids].sort((a, b) => byPrice(b, a)),
    );
    this.setOrder(
      'sales',
      [...ids].sort((a, b) => this.sales[b]! - this.sales[a]! || a - b),
    );
    this.setOrder(
      'newest',
      [...ids].sort((a, b) => created[b]! - created[a]! || a - b),
    );
  }

  private entry(build: Map<string, { title: number[]; other: number[] }>, token: string) {
    let e = build.get(token);
    if (!e) build.set(token, (e = { title: [], other: [] }));
    return e;
  }

  private setOrder(key: SortKey, order: number[]): void {
    const rank = new Int32Array(order.length);
    order.forEach((doc, r) => (rank[doc] = r));
    this.orders.set(key, { order: Int32Array.from(order), rank });
  }

  /** Postings for a token, or for every indexed word it begins (the word being typed). */
  private lookup(token: string, allowPrefix: boolean): Postings | null {
    const exact = this.postings.get(token);
    if (exact || !allowPrefix || token.length < 2 || !/^[a-z0-9]/.test(token)) return exact ?? null;
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    const expansions: Postings[] = [];
    for (let i = lo; i < this.vocabulary.length && expansions.length < MAX_PREFIX_EXPANSIONS; i++) {
      const word = this.vocabulary[i]!;
      if (!word.startsWith(token)) break;
      expansions.push(this.postings.get(word)!);
    }
    if (expansions.length === 0) return null;
    const inTitle = new Set<number>();
    const inOther = new Set<number>();
    for (const p of expansions) p.title.forEach((d) => inTitle.add(d));
    for (const p of expansions) p.other.forEach((d) => inTitle.has(d) || inOther.add(d));
    const df = inTitle.size + inOther.size;
    return {
      title: Int32Array.from(inTitle),
      other: Int32Array.from(inOther),
      idf: Math.log(1 + this.size / df) * 0.8,
    };
  }

  private filter(query: IndexQuery): (doc: number) => boolean {
    const { category, minPrice, maxPrice, maxMoq, factoryOnly, shipsIn48h, onePiece } = query;
    const need =
      (factoryOnly ? FLAG_FACTORY : 0) |
      (shipsIn48h ? FLAG_48H : 0) |
      (onePiece ? FLAG_ONE_PIECE : 0);
    const column = category ? this.categories[category.level - 1] : null;
    const price = this.minPrice;
    const moq = this.moq;
    const flags = this.flags;
    return (doc) =>
      (column === null || column === undefined || column[doc] === category!.id) &&
      (minPrice === undefined || price[doc]! >= minPrice) &&
      (maxPrice === undefined || price[doc]! <= maxPrice) &&
      (maxMoq === undefined || moq[doc]! <= maxMoq) &&
      (flags[doc]! & need) === need;
  }

  search(query: IndexQuery): IndexResult {
    const tokens = queryTokens(query.q);
    const accept = this.filter(query);
    if (tokens.length === 0) return this.browse(query, accept);

    const lists: Postings[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const p = this.lookup(tokens[t]!, t === tokens.length - 1);
      if (!p) return { total: 0, docs: [] };
      lists.push(p);
    }
    lists.sort((a, b) => a.title.length + a.other.length - (b.title.length + b.other.length));

    const { hits, titleHits, scores } = this;
    const touched: number[] = [];
    lists.forEach((p, k) => {
      const weigh = (docs: Int32Array, weight: number, inTitle: number) => {
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          if (hits[d] !== k) continue;
          if (k === 0) touched.push(d);
          hits[d] = k + 1;
          titleHits[d] = titleHits[d]! + inTitle;
          scores[d] = scores[d]! + weight * p.idf;
        }
      };
      weigh(p.title, TITLE_WEIGHT, 1);
      weigh(p.other, 1, 0);
    });

    const all = lists.length;
    const matched = new Int32Array(touched.length);
    let count = 0;
    for (const d of touched) if (hits[d] === all && accept(d)) matched[count++] = d;
    const docs = matched.subarray(0, count);
    const page =
      query.sort === 'relevance'
        ? this.byRelevance(docs, tokens.length > 1 ? query.q.trim().toLowerCase() : null, query)
        : this.byOrder(docs, query.sort, query);
    for (const d of touched) {
      hits[d] = 0;
      titleHits[d] = 0;
      scores[d] = 0;
    }
    return { total: count, docs: page };
  }

  /**
   * Score descending, then doc: one numeric key per doc so that the engine's typed-array sort
   * does the work without a comparator. A phrase found whole in the title earns a bonus, checked
   * only where every word already matched the title.
   */
  private byRelevance(
    docs: Int32Array,
    phrase: string | null,
    { offset, limit }: IndexQuery,
  ): number[] {
    const { scores, titleHits, boost, keyShift } = this;
    const all = this.hits;
    const keys = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      let score = scores[d]! + boost[d]!;
      if (phrase && titleHits[d] === all[d] && this.titles[d]!.includes(phrase))
        score += PHRASE_BONUS;
      keys[i] = -Math.round(score * 1000) * keyShift + d;
    }
    keys.sort();
    const out: number[] = [];
    for (let i = offset; i < Math.min(keys.length, offset + limit); i++) {
      out.push(((keys[i]! % keyShift) + keyShift) % keyShift);
    }
    return out;
  }

  private byOrder(docs: Int32Array, sort: SortKey, { offset, limit }: IndexQuery): number[] {
    const { order, rank } = this.orders.get(sort)!;
    const ranks = new Int32Array(docs.length);
    for (let i = 0; i < docs.length; i++) ranks[i] = rank[docs[i]!]!;
    ranks.sort();
    const out: number[] = [];
    for (let i = offset; i < Math.min(ranks.length, offset + limit); i++)
      out.push(order[ranks[i]!]!);
    return out;
  }

  private browse(query: IndexQuery, accept: (doc: number) => boolean): IndexResult {
    const { order } = this.orders.get(query.sort === 'relevance' ? 'sales' : query.sort)!;
    const docs: number[] = [];
    let total = 0;
    const end = query.offset + query.limit;
    for (let i = 0; i < order.length; i++) {
      const d = order[i]!;
      if (!accept(d)) continue;
      if (total >= query.offset && total < end) docs.push(d);
      total++;
    }
    return { total, docs };
  }
}
