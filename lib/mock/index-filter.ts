/**
 * The search filters (category, supplier, price range, MOQ, factory, 48-hour shipping, one-piece
 * dropshipping) as plain
 * bounds, applied in one tight loop over typed arrays: browsing the whole catalog with a filter
 * reads 100,000 offers per query.
 */
import { type Columns, wantedFlags } from './index-build';

export type FilterQuery = {
  category?: { level: 1 | 2 | 3; id: number };
  supplier?: number;
  minPrice?: number;
  maxPrice?: number;
  maxMoq?: number;
  factoryOnly: boolean;
  shipsIn48h: boolean;
  onePiece?: boolean;
};

export type Filter = {
  /** False when nothing is filtered: every offer passes. */
  active: boolean;
  column: Int32Array | null;
  categoryId: number;
  supplier: number;
  minPrice: number;
  maxPrice: number;
  maxMoq: number;
  flags: number;
};

export function filterOf(query: FilterQuery, columns: Columns): Filter {
  const flags = wantedFlags(query);
  const column = query.category ? (columns.categories[query.category.level - 1] ?? null) : null;
  return {
    active:
      column !== null ||
      query.supplier !== undefined ||
      query.minPrice !== undefined ||
      query.maxPrice !== undefined ||
      query.maxMoq !== undefined ||
      flags !== 0,
    column,
    categoryId: query.category?.id ?? -1,
    supplier: query.supplier ?? -1,
    minPrice: query.minPrice ?? -Infinity,
    maxPrice: query.maxPrice ?? Infinity,
    maxMoq: query.maxMoq ?? Infinity,
    flags,
  };
}

/**
 * Keeps, in order, the offers of `from[start..end)` that pass, writing them to `to` from
 * `at` (which may be `from` itself); returns the new length of `to`.
 */
export function keep(
  from: Int32Array,
  start: number,
  end: number,
  to: Int32Array,
  at: number,
  f: Filter,
  columns: Columns,
): number {
  if (!f.active) {
    if (from !== to || start !== at) to.set(from.subarray(start, end), at);
    return at + (end - start);
  }
  const { minPrice: price, moq, flags, supplierOf } = columns;
  const { column, categoryId, supplier, minPrice, maxPrice, maxMoq, flags: need } = f;
  let n = at;
  // Branch-free: every offer is written, and the end moves on only for those that pass.
  if (column === null && supplier < 0) {
    for (let i = start; i < end; i++) {
      const d = from[i]!;
      const p = price[d]!;
      to[n] = d;
      n +=
        +(p >= minPrice) & +(p <= maxPrice) & +(moq[d]! <= maxMoq) & +((flags[d]! & need) === need);
    }
    return n;
  }
  const categories = column ?? supplierOf;
  const anyCategory = column === null ? 1 : 0;
  const anySupplier = supplier < 0 ? 1 : 0;
  for (let i = start; i < end; i++) {
    const d = from[i]!;
    const p = price[d]!;
    to[n] = d;
    n +=
      +(p >= minPrice) &
      +(p <= maxPrice) &
      +(moq[d]! <= maxMoq) &
      +((flags[d]! & need) === need) &
      (anyCategory | +(categories[d] === categoryId)) &
      (anySupplier | +(supplierOf[d] === supplier));
  }
  return n;
}

/**
 * Where offers priced from `min` to `max` lie in a list sorted by price (ascending or
 * descending): they are one contiguous run, found by binary search.
 */
export function priceRun(
  list: Int32Array,
  price: Float64Array,
  descending: boolean,
  min = -Infinity,
  max = Infinity,
): [number, number] {
  // The first position whose price is past `bound` in the list's own direction.
  const past = (bound: number, inclusive: boolean) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = price[list[mid]!]!;
      const before = descending
        ? inclusive
          ? p >= bound
          : p > bound
        : inclusive
          ? p <= bound
          : p < bound;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return descending ? [past(max, false), past(min, true)] : [past(min, false), past(max, true)];
}
