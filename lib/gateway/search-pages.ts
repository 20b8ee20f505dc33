/**
 * Pages of offers from 1688's search APIs (keyword, seller and image search answer in the same
 * shape): our page size bridged to upstream pages of 20, and the filters 1688 may not apply
 * checked on the rows, so that a page never shows an offer outside them.
 */
import type { ProductSummary, SearchPage, SearchQuery } from '@/lib/domain/schemas';
import type { ApiSpec } from './apis';
import type { GatewayClient, GatewayLogger } from './client';
import { parseRaw, unwrap } from './envelope';
import { toProductSummary } from './mappers';
import { searchPayload } from './raw-schemas';

/** Upstream's safe page size (no maximum is documented; resellers report 20). */
export const UPSTREAM_PAGE_SIZE = 20;

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

const SORTS: Partial<Record<SearchQuery['sort'], Record<string, string>>> = {
  price_asc: { price: 'asc' },
  price_desc: { price: 'desc' },
  sales: { monthSold: 'desc' },
};

/** Our sorts and filters in 1688's `offerQueryParam` fields (undefined fields are not sent). */
export function queryFields(query: SearchQuery) {
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

/** Whether a row satisfies the filters of the query (1688 has no MOQ filter, for one). */
export function withinFilters(query: SearchQuery): (s: ProductSummary) => boolean {
  return (s) =>
    (query.maxMoq === undefined || s.moq <= query.maxMoq) &&
    (query.minPrice === undefined || s.price.min >= query.minPrice) &&
    (query.maxPrice === undefined || s.price.min <= query.maxPrice) &&
    (!query.factoryOnly || s.isFactory) &&
    (!query.shipsIn48h || s.shipsIn48h);
}

export type PageRequest = {
  client: GatewayClient;
  api: ApiSpec;
  /** offerQueryParam fields besides paging and language. */
  param: Record<string, unknown>;
  page: number;
  pageSize: number;
  language: string;
  keep?: (s: ProductSummary) => boolean;
  log?: GatewayLogger;
};

export async function pageOf(request: PageRequest): Promise<SearchPage> {
  const { client, api, param, page, pageSize, language, keep = () => true, log } = request;
  const { pages, skip } = upstreamPagesFor(page, pageSize);
  const payloads = await Promise.all(
    pages.map(async (beginPage) => {
      const body = await client.call(api, {
        offerQueryParam: { ...param, beginPage, pageSize: UPSTREAM_PAGE_SIZE, country: language },
      });
      return parseRaw(api.name, searchPayload, unwrap(api.name, body));
    }),
  );
  const rows = payloads.flatMap((p) => p.data);
  const items = rows
    .map(toProductSummary)
    .filter((s): s is ProductSummary => s !== null)
    .slice(skip, skip + pageSize)
    .filter(keep);
  const total = Math.max(0, Math.round(payloads[0]?.totalRecords ?? items.length));
  log?.info(`✓ Fetched ${items.length} products`);
  return { items, total, page, pageSize, totalPages: Math.ceil(total / pageSize) };
}
