/**
 * What a catalog provider can do with a search, declared rather than pretended: which sorts it
 * offers, and for each filter whether its source applies it (`upstream`: 1688, or the mock
 * catalog's own index) or pifa applies it to the rows it receives (`local`: across upstream
 * pages, with an estimated count). The API refuses what the serving provider cannot do, and
 * the UI offers only what it can.
 */
import type { SearchQuery, SortOrder } from './schemas';
import { SORT_ORDERS } from './search-links';

export const FILTER_NAMES = [
  'minPrice',
  'maxPrice',
  'maxMoq',
  'factoryOnly',
  'shipsIn48h',
  'onePiece',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type FilterSupport = 'upstream' | 'local';

export type Capabilities = {
  sorts: readonly SortOrder[];
  /** A filter that is missing here is not supported. */
  filters: Partial<Record<FilterName, FilterSupport>>;
};

/** Everything, by the source itself: the mock catalog's index does it all. */
export const FULL_CAPABILITIES: Capabilities = {
  sorts: SORT_ORDERS,
  filters: Object.fromEntries(FILTER_NAMES.map((f) => [f, 'upstream'])) as Capabilities['filters'],
};

/** Whether the query uses a filter (a default value does not count). */
export function filterInUse(query: Partial<SearchQuery>, name: FilterName): boolean {
  const value = query[name];
  return value !== undefined && value !== false;
}

/** The filters in use that pifa applies itself. */
export function localFiltersOf(query: SearchQuery, caps: Capabilities): FilterName[] {
  return FILTER_NAMES.filter((f) => filterInUse(query, f) && caps.filters[f] === 'local');
}

export type Unsupported = { param: string; message: string };

/** The first parameter the provider cannot honour, said so that a program can fix its call. */
export function unsupportedParam(
  query: SearchQuery,
  caps: Capabilities,
  source: string,
): Unsupported | null {
  if (!caps.sorts.includes(query.sort)) {
    return {
      param: 'sort',
      message: `sort=${query.sort} is not supported by the ${source} catalog; use one of ${caps.sorts.join(', ')}`,
    };
  }
  for (const name of FILTER_NAMES) {
    if (filterInUse(query, name) && !caps.filters[name]) {
      return {
        param: name,
        message: `${name} is not supported by the ${source} catalog`,
      };
    }
  }
  return null;
}

/** The query with what the provider cannot do dropped (pages: a link that asks for more still works). */
export function restrictQuery(query: SearchQuery, caps: Capabilities): SearchQuery {
  const out: SearchQuery = { ...query };
  if (!caps.sorts.includes(out.sort)) out.sort = 'relevance';
  for (const name of FILTER_NAMES) {
    if (caps.filters[name]) continue;
    if (name === 'factoryOnly' || name === 'shipsIn48h') out[name] = false;
    else delete out[name];
  }
  return out;
}
