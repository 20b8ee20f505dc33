/**
 * The mock catalog's search index: weighted posting lists, synonym groups, filter columns and
 * precomputed sort orders (index-build.ts), queried through scratch arrays reused from query to
 * query. A query touches only the postings of its own clauses, and a page takes only the best
 * offset + pageSize offers (top-k), never a sort of every match. When no offer matches every
 * clause, the offers matching the most of them are returned, and the result says which.
 */
import type { SortOrder } from '@/lib/domain/schemas';
import {
  buildColumns,
  wantedFlags,
  buildOrders,
  buildPostings,
  type Columns,
  type OrderKey,
  type OrderLists,
  surfaceSpelling,
} from './index-build';
import type { IndexDoc } from './index-fields';
import { type FilterQuery, filterOf, keep, priceRun } from './index-filter';
import { planQuery, type Clause } from './query-plan';
import { buildGroups } from './synonym-index';
import { topK } from './top-k';
import { Vocabulary } from './vocabulary';

export type { IndexDoc } from './index-fields';

export type IndexQuery = FilterQuery & {
  q: string;
  /** Search the words as typed: no spelling correction. */
  exact?: boolean;
  sort: SortOrder;
  offset: number;
  limit: number;
};

export type Interpretation = {
  /** The query as searched, when words were corrected, glued or split. */
  corrected?: string;
  /** No offer matched every word: these matched, those did not. */
  partial?: { matched: string; unmatched: string[] };
};

export type IndexResult = { total: number; docs: number[]; interpretation?: Interpretation };

/** Weight kept by offers whose titles use a synonym of the words typed rather than the words. */
const SYNONYM_FACTOR = 0.85;

export class SearchIndex {
  readonly size: number;
  readonly vocabulary: Vocabulary;
  private readonly columns: Columns;
  private readonly lists: Map<OrderKey, OrderLists>;
  // Scratch space reused by every query (queries run one at a time on one thread).
  private readonly seen: Uint32Array;
  private readonly count: Uint8Array;
  private readonly matched: Uint32Array;
  private readonly score: Float32Array;
  private readonly touched: Int32Array;
  private readonly candidates: Int32Array;
  private readonly keys: Float64Array;
  private generation = 0;

  constructor(docs: IndexDoc[]) {
    const n = docs.length;
    this.size = n;
    this.columns = buildColumns(docs);
    const { postings, titleParts } = buildPostings(docs);
    this.lists = buildOrders(docs);
    this.vocabulary = new Vocabulary(
      postings,
      surfaceSpelling(postings, docs),
      buildGroups(postings, titleParts, docs),
    );
    this.seen = new Uint32Array(n);
    this.count = new Uint8Array(n);
    this.matched = new Uint32Array(n);
    this.score = new Float32Array(n);
    this.touched = new Int32Array(n);
    this.candidates = new Int32Array(n);
    this.keys = new Float64Array(n);
  }

  search(query: IndexQuery): IndexResult {
    if (!query.q.trim()) return this.browse(query);
    const plan = planQuery(query.q, this.vocabulary, this.size, {
      typing: !/\s$/.test(query.q),
      exact: query.exact ?? false,
    });
    if (plan.clauses.length === 0) return this.browse(query);
    const corrected = plan.corrected ? { corrected: plan.corrected } : undefined;
    const live = plan.clauses.filter((c) => c.df > 0);
    if (live.length === 0) return { total: 0, docs: [], interpretation: corrected };
    let found = live.length === plan.clauses.length ? this.matchAll(live, query) : null;
    let partial: Interpretation['partial'];
    if (found === null) {
      const best = this.matchMost(plan.clauses, query);
      found = best.found;
      if (best.mask !== (1 << plan.clauses.length) - 1) {
        const has = (i: number) => (best.mask & (1 << i)) !== 0;
        partial = {
          matched: plan.clauses
            .filter((_, i) => has(i))
            .map((c) => c.named)
            .join(' '),
          unmatched: plan.clauses.filter((_, i) => !has(i)).map((c) => c.typed),
        };
      }
    }
    const result = this.page(found, this.score, query);
    if (!corrected && !partial) return result;
    return { ...result, interpretation: { ...corrected, ...(partial ? { partial } : {}) } };
  }

  /**
   * Offers matching every clause (rarest clause first), filtered, into `candidates`; null when
   * no offer matches them all even before filtering.
   */
  private matchAll(clauses: Clause[], query: IndexQuery): number | null {
    const { seen, count, score, touched, candidates } = this;
    const filter = filterOf(query, this.columns);
    const only = clauses.length === 1 && clauses[0]!.sources.length === 1 ? clauses[0]! : null;
    if (only) {
      // One word, one list: its offers are the candidates as they are.
      const { posting, factor, bit } = only.sources[0]!;
      const { docs, weights, masks } = posting;
      const f = factor * only.idf;
      const fSynonym = f * SYNONYM_FACTOR;
      for (let i = 0; i < docs.length; i++) {
        score[docs[i]!] = weights[i]! * (masks && !(masks[i]! & bit) ? fSynonym : f);
      }
      return docs.length ? keep(docs, 0, docs.length, candidates, 0, filter, this.columns) : null;
    }
    const gen = this.nextGeneration();
    const sorted = [...clauses].sort((a, b) => a.df - b.df);
    let t = 0;
    for (let c = 0; c < sorted.length; c++) {
      const clause = sorted[c]!;
      for (const { posting, factor, bit } of clause.sources) {
        const { docs, weights, masks } = posting;
        const f = factor * clause.idf;
        const fSynonym = f * SYNONYM_FACTOR;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          if (c === 0) {
            if (seen[d] !== gen) {
              seen[d] = gen;
              count[d] = 0;
              score[d] = 0;
              touched[t++] = d;
            } else if (count[d] !== 0) continue;
          } else if (seen[d] !== gen || count[d] !== c) continue;
          count[d] = c + 1;
          score[d] = score[d]! + weights[i]! * (masks && !(masks[i]! & bit) ? fSynonym : f);
        }
      }
    }
    const all = sorted.length;
    let n = 0;
    for (let i = 0; i < t; i++) {
      const d = touched[i]!;
      if (count[d] === all) candidates[n++] = d;
    }
    if (n === 0) return null;
    return keep(candidates, 0, n, candidates, 0, filter, this.columns);
  }

  /** Offers matching the most clauses: those with the same clauses as the best of them. */
  private matchMost(clauses: Clause[], query: IndexQuery): { found: number; mask: number } {
    const { seen, count, score, matched, touched, candidates } = this;
    const gen = this.nextGeneration();
    let t = 0;
    clauses.forEach((clause, ci) => {
      const clauseBit = 1 << ci;
      for (const { posting, factor, bit } of clause.sources) {
        const { docs, weights, masks } = posting;
        const f = factor * clause.idf;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          if (seen[d] !== gen) {
            seen[d] = gen;
            count[d] = 0;
            score[d] = 0;
            matched[d] = 0;
            touched[t++] = d;
          }
          if (matched[d]! & clauseBit) continue;
          matched[d] = matched[d]! | clauseBit;
          count[d] = count[d]! + 1;
          score[d] =
            score[d]! + weights[i]! * f * (masks && !(masks[i]! & bit) ? SYNONYM_FACTOR : 1);
        }
      }
    });
    const passing = keep(touched, 0, t, touched, 0, filterOf(query, this.columns), this.columns);
    const boost = this.columns.boost;
    let mask = 0;
    let bestCount = 0;
    let bestScore = -1;
    for (let i = 0; i < passing; i++) {
      const d = touched[i]!;
      const k = count[d]!;
      if (k < bestCount) continue;
      const s = score[d]! + boost[d]!;
      if (k > bestCount || s > bestScore) {
        bestCount = k;
        bestScore = s;
        mask = matched[d]!;
      }
    }
    let n = 0;
    for (let i = 0; i < passing; i++) {
      const d = touched[i]!;
      if (matched[d] === mask) candidates[n++] = d;
    }
    return { found: n, mask };
  }

  private nextGeneration(): number {
    if (this.generation >= 0xfffffff0) {
      this.seen.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }

  /**
   * One page of `candidates[0..count)`: by `relevance[doc]` (higher first; popular offers
   * lifted when `lift`) or by a precomputed order.
   */
  private page(
    count: number,
    relevance: Float32Array,
    query: IndexQuery,
    lift = true,
  ): IndexResult {
    const { keys, candidates } = this;
    if (query.sort === 'relevance') {
      const boost = this.columns.boost;
      for (let i = 0; i < count; i++) {
        const d = candidates[i]!;
        keys[i] = -(relevance[d]! + (lift ? boost[d]! : 0));
      }
    } else {
      const { rank } = this.lists.get(query.sort)!;
      for (let i = 0; i < count; i++) keys[i] = rank[candidates[i]!]!;
    }
    const best = topK(candidates, count, keys, query.offset + query.limit);
    return { total: count, docs: best.slice(query.offset) };
  }

  /**
   * Offers scored elsewhere (by how much they look like a picture), filtered, sorted and paged
   * like any search; the score alone decides relevance. `scores[i]` belongs to `docs[i]`.
   */
  rank(docs: Int32Array, scores: Float32Array, query: IndexQuery): IndexResult {
    for (let i = 0; i < docs.length; i++) this.score[docs[i]!] = scores[i]!;
    const filter = filterOf(query, this.columns);
    const n = keep(docs, 0, docs.length, this.candidates, 0, filter, this.columns);
    return this.page(n, this.score, query, false);
  }

  /** No words: every offer of the category or supplier (or all), in the order asked for. */
  private browse(query: IndexQuery): IndexResult {
    const key = query.sort === 'relevance' ? 'sales' : query.sort;
    const lists = this.lists.get(key)!;
    // Start from the narrowest precomputed list, and filter on what it doesn't settle.
    let list: Int32Array | undefined;
    let rest: FilterQuery = { ...query, category: undefined, supplier: undefined };
    if (query.category) {
      list = lists.byCategory.get(query.category.id);
      rest.supplier = query.supplier;
    } else if (query.supplier !== undefined) {
      list = lists.bySupplier[query.supplier];
    } else {
      list = lists.byFlags[wantedFlags(query)];
      rest = { ...rest, factoryOnly: false, shipsIn48h: false, onePiece: false };
    }
    if (!list) return { total: 0, docs: [] };
    let [start, end] = [0, list.length];
    if (key === 'price_asc' || key === 'price_desc') {
      const price = this.columns.minPrice;
      [start, end] = priceRun(list, price, key === 'price_desc', query.minPrice, query.maxPrice);
      rest = { ...rest, minPrice: undefined, maxPrice: undefined };
    }
    const filter = filterOf(rest, this.columns);
    const from = query.offset;
    const to = query.offset + query.limit;
    if (!filter.active) {
      const total = end - start;
      return { total, docs: Array.from(list.subarray(start + from, start + Math.min(total, to))) };
    }
    const n = keep(list, start, end, this.candidates, 0, filter, this.columns);
    return { total: n, docs: Array.from(this.candidates.subarray(from, Math.min(n, to))) };
  }
}
