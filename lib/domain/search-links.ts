/**
 * Searches as addresses: the URL query of a search, a link to it, and the one path segment it
 * is rendered and cached under. Plain functions without a schema, so that the browser's first
 * load (the header's search box, result links) carries no parser: reading a search from a URL
 * is lib/domain/search-params.ts, on the server.
 */
/** The orders a search can be sorted in (each catalog offers some: lib/domain/capabilities). */
export const SORT_ORDERS = ['relevance', 'price_asc', 'price_desc', 'sales', 'newest'] as const;

/**
 * What a link says of a search: the fields of the domain's SearchQuery (lib/domain/schemas.ts,
 * which builds on these constants), any of them left out for its default.
 */
export type SearchLinkQuery = Partial<{
  q: string;
  exact: boolean;
  image: string;
  category: string;
  sort: (typeof SORT_ORDERS)[number];
  minPrice: number;
  maxPrice: number;
  maxMoq: number;
  factoryOnly: boolean;
  shipsIn48h: boolean;
  onePiece: boolean;
  page: number;
  pageSize: number;
}>;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

/** Keywords as searched: trimmed, each run of white space one space. */
export const cleanWords = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The URL query for a search, leaving out defaults so that shared links stay short. */
export function toSearchParams(query: SearchLinkQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.image) out.set('image', query.image);
  if (query.q) out.set('q', query.q);
  if (query.exact) out.set('exact', 'true');
  if (query.category) out.set('category', query.category);
  if (query.sort && query.sort !== 'relevance') out.set('sort', query.sort);
  if (query.minPrice !== undefined) out.set('minPrice', String(query.minPrice));
  if (query.maxPrice !== undefined) out.set('maxPrice', String(query.maxPrice));
  if (query.maxMoq !== undefined) out.set('maxMoq', String(query.maxMoq));
  if (query.factoryOnly) out.set('factoryOnly', 'true');
  if (query.shipsIn48h) out.set('shipsIn48h', 'true');
  if (query.onePiece) out.set('onePiece', 'true');
  if (query.page && query.page > 1) out.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) {
    out.set('pageSize', String(query.pageSize));
  }
  return out;
}

/** A link to a search: the catalog's (`/products`) or a supplier's shop (`/suppliers/<id>`). */
export function searchHref(query: SearchLinkQuery, base = '/products'): string {
  const qs = toSearchParams(query).toString();
  return qs ? `${base}?${qs}` : base;
}

/**
 * A search as one URL path segment: the canonical query string (defaults left out, parameters
 * in one order) in base64url. Every way of writing the same search maps to the same segment,
 * so that it is rendered and cached once.
 */
export function searchKey(query: SearchLinkQuery): string {
  const canonical = toSearchParams(query).toString();
  return canonical ? base64url(canonical) : 'all';
}

/** The URL query a segment made by `searchKey` holds; null for anything else. */
export function searchKeyParams(key: string): URLSearchParams | null {
  if (key === 'all') return new URLSearchParams();
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return null;
  try {
    return new URLSearchParams(fromBase64url(key));
  } catch {
    return null;
  }
}

/**
 * The keywords of a search segment, for a box to show. Segments come from proxy.ts, which
 * makes them of searches it has read, so the words are as the page searched them.
 */
export function searchedWords(key: string): string {
  return cleanWords(searchKeyParams(key)?.get('q') ?? '');
}

/**
 * How many of the filter panel's filters narrow a search (a price range counts once): the
 * number on the phone's "Filters" button, and whether an empty result is the filters' doing.
 */
export function activeFilterCount(query: SearchLinkQuery): number {
  return [
    query.minPrice !== undefined || query.maxPrice !== undefined,
    query.maxMoq !== undefined,
    query.factoryOnly,
    query.shipsIn48h,
    query.onePiece,
  ].filter(Boolean).length;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(key: string): string {
  const binary = atob(key.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
