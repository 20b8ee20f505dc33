/**
 * Keyword search on 1688 as pifa offers it. What keywordQuery can do is declared
 * (`LIVE_CAPABILITIES`): its sorts, and the filters it applies upstream (price range,
 * certified factories, dispatch within 48 hours, sold by the piece); a maximum MOQ it cannot apply, so pifa
 * applies it to the rows it receives, filling the page from further upstream pages (at most
 * `MAX_SCAN_PAGES`, each cached) and saying "about N offers" rather than 1688's total of
 * offers it then hides. Rows left out for any reason make the count an estimate too.
 */
import type { Capabilities } from '@/lib/domain/capabilities';
import type { ProductSummary, SearchPage, SearchQuery } from '@/lib/domain/schemas';
import { itemsOf, type SearchRead } from './shapes';

/** Upstream's safe page size (no maximum is documented; resellers report 20). */
export const UPSTREAM_PAGE_SIZE = 20;
/** The most upstream pages one filtered search reads (200 offers). */
export const MAX_SCAN_PAGES = 10;

export const LIVE_CAPABILITIES: Capabilities = {
  // keywordQuery has no "newest" sort: it is not offered rather than silently "best match".
  sorts: ['relevance', 'price_asc', 'price_desc', 'sales'],
  filters: {
    minPrice: 'upstream',
    maxPrice: 'upstream',
    factoryOnly: 'upstream',
    shipsIn48h: 'upstream',
    onePiece: 'upstream',
    maxMoq: 'local',
  },
};

const SORTS: Partial<Record<SearchQuery['sort'], Record<string, string>>> = {
  price_asc: { price: 'asc' },
  price_desc: { price: 'desc' },
  sales: { monthSold: 'desc' },
};

/**
 * Our sorts and filters in the `offerQueryParam` fields the search APIs share (keyword, seller
 * and image search); undefined fields are not sent. Paging and language are added per page.
 */
export function queryParams(query: SearchQuery): Record<string, unknown> {
  const filters = [
    query.shipsIn48h ? 'shipIn48Hours' : null,
    query.factoryOnly ? 'certifiedFactory' : null,
    query.onePiece ? 'isOnePsale' : null,
  ].filter(Boolean);
  return {
    categoryId: query.category,
    priceStart: query.minPrice,
    priceEnd: query.maxPrice,
    sort: SORTS[query.sort] ? JSON.stringify(SORTS[query.sort]) : undefined,
    filter: filters.length ? filters.join(',') : undefined,
  };
}

/** keywordQuery's `offerQueryParam` for a search. */
export function keywordParams(query: SearchQuery, keyword: string): Record<string, unknown> {
  return { keyword: keyword || '爆款', ...queryParams(query) };
}

/** Whether a row passes the filters pifa applies itself (1688 has no MOQ filter). */
export function withinLocalFilters(query: SearchQuery): (s: ProductSummary) => boolean {
  return (s) => query.maxMoq === undefined || s.moq <= query.maxMoq;
}

/** Upstream pages (1-based) that cover our page, and where our page starts in the first one. */
export function upstreamPagesFor(
  page: number,
  pageSize: number,
): { pages: number[]; skip: number } {
  const offset = (page - 1) * pageSize;
  const first = Math.floor(offset / UPSTREAM_PAGE_SIZE) + 1;
  const last = Math.floor((offset + pageSize - 1) / UPSTREAM_PAGE_SIZE) + 1;
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { pages, skip: offset - (first - 1) * UPSTREAM_PAGE_SIZE };
}

/** "About" figures keep two significant digits: 123 → 120, 4567 → 4600. */
export function roughly(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

export type FetchPage = (beginPage: number) => Promise<SearchRead>;

const pageOf = (
  items: ProductSummary[],
  page: number,
  pageSize: number,
  total: number,
  extra: Partial<SearchPage> = {},
): SearchPage => ({
  items,
  total,
  page,
  pageSize,
  totalPages: Math.ceil((extra.reachable ?? total) / pageSize),
  ...extra,
});

/** Our page from the upstream pages that cover it; rows left out make the total an estimate. */
export async function collectPage(
  fetchPage: FetchPage,
  page: number,
  pageSize: number,
): Promise<SearchPage> {
  const { pages, skip } = upstreamPagesFor(page, pageSize);
  const reads = await Promise.all(pages.map(fetchPage));
  const slots = reads.flatMap((r) => r.slots).slice(skip, skip + pageSize);
  const items = slots.filter((s): s is ProductSummary => s !== null);
  const upstreamTotal = reads[0]?.total ?? items.length;
  const rows = reads.reduce((n, r) => n + r.rows, 0);
  const left = reads.reduce((n, r) => n + r.failed + r.unavailable, 0);
  if (left === 0 || rows === 0) return pageOf(items, page, pageSize, upstreamTotal);
  const total = Math.max(items.length, roughly((upstreamTotal * (rows - left)) / rows));
  return pageOf(items, page, pageSize, total, { approximate: true });
}

/**
 * Our page of the offers that pass `keep`, scanning upstream pages from the first (each one
 * cached by `fetchPage`'s caller) until the page is full, upstream runs out, or the bound.
 */
export async function scanPage(
  fetchPage: FetchPage,
  keep: (s: ProductSummary) => boolean,
  page: number,
  pageSize: number,
): Promise<SearchPage> {
  const need = page * pageSize;
  const matches: ProductSummary[] = [];
  const seen = new Set<string>();
  let upstreamTotal: number | undefined;
  let rows = 0;
  let exhausted = false;
  let read = 0;
  // The pages needed at best (every row passing) are read together, then one at a time.
  let batch = Math.min(MAX_SCAN_PAGES, Math.ceil(need / UPSTREAM_PAGE_SIZE));
  while (read < MAX_SCAN_PAGES && matches.length < need && !exhausted) {
    const numbers = Array.from({ length: batch }, (_, i) => read + i + 1);
    const reads = await Promise.all(numbers.map(fetchPage));
    for (const r of reads) {
      read++;
      upstreamTotal ??= r.total;
      rows += r.rows;
      for (const item of itemsOf(r)) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        if (keep(item)) matches.push(item);
      }
      const end =
        r.rows < UPSTREAM_PAGE_SIZE || (upstreamTotal !== undefined && rows >= upstreamTotal);
      if (end) {
        exhausted = true;
        break;
      }
    }
    batch = 1;
  }
  const items = matches.slice((page - 1) * pageSize, need);
  if (exhausted) return pageOf(items, page, pageSize, matches.length);
  const estimate = rows ? roughly((matches.length / rows) * (upstreamTotal ?? rows)) : 0;
  const total = Math.max(matches.length, estimate);
  const bounded = read >= MAX_SCAN_PAGES && total > matches.length;
  return pageOf(items, page, pageSize, total, {
    approximate: true,
    ...(bounded ? { reachable: matches.length } : {}),
  });
}
