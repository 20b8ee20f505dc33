/**
 * One definition of the search parameters, read two ways: strictly for the JSON API (a bad
 * value is a 400 naming the parameter) and leniently for pages (a bad value falls back to its
 * default, so a mistyped URL still shows a useful page). Also the inverse, for building links.
 */
import * as z from './zod';
import { MAX_PASTED_TEXT, parsePastedLink } from './links';
import {
  DEFAULT_PAGE_SIZE,
  imageId,
  MAX_PAGE_SIZE,
  sortOrder,
  type SearchQuery,
  searchQuery,
} from './schemas';

const MAX_PRICE = 10_000_000;
const MAX_KEYWORDS = 200;
const MAX_PAGE = 10_000;

const decimal = (name: string) =>
  z.pipe(
    z.pipe(
      z
        .string()
        .check(
          z.regex(/^\d{1,8}(\.\d{1,2})?$/, `${name} must be a price in CNY such as 12 or 12.50`),
        ),
      z.transform(Number),
    ),
    z.number().check(z.maximum(MAX_PRICE, `${name} must be at most ${MAX_PRICE}`)),
  );

const wholeNumber = (name: string, min: number, max: number) => {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z.pipe(
    z.pipe(z.string().check(z.regex(/^\d{1,9}$/, message)), z.transform(Number)),
    z.number().check(z.minimum(min, message), z.maximum(max, message)),
  );
};

const flag = (name: string) =>
  z.pipe(
    z.enum(['true', 'false', '1', '0'], { message: `${name} must be true or false` }),
    z.transform((v) => v === 'true' || v === '1'),
  );

/** Each accepted parameter, as it arrives in a URL. */
const fields = {
  q: z
    .pipe(
      z
        .string()
        .check(z.maxLength(MAX_PASTED_TEXT, `q must be at most ${MAX_KEYWORDS} characters`)),
      z.transform((v) => v.trim().replace(/\s+/g, ' ')),
    )
    // A pasted share text may be long; keywords may not.
    .check(
      z.refine((v) => v.length <= MAX_KEYWORDS || parsePastedLink(v) !== null, {
        message: `q must be at most ${MAX_KEYWORDS} characters`,
      }),
    ),
  exact: flag('exact'),
  image: z.string().check(
    z.refine((v) => imageId.safeParse(v).success, {
      message: 'image must be an id that POST /api/image-search answered with',
    }),
  ),
  category: z.string().check(z.regex(/^\d{1,20}$/, 'category must be a numeric category id')),
  sort: z.pipe(
    z.string(),
    z.enum(sortOrder.options, {
      message: `sort must be one of ${sortOrder.options.join(', ')}`,
    }),
  ),
  minPrice: decimal('minPrice'),
  maxPrice: decimal('maxPrice'),
  maxMoq: wholeNumber('maxMoq', 1, MAX_PRICE),
  factoryOnly: flag('factoryOnly'),
  shipsIn48h: flag('shipsIn48h'),
  onePiece: flag('onePiece'),
  page: wholeNumber('page', 1, MAX_PAGE),
  pageSize: wholeNumber('pageSize', 1, MAX_PAGE_SIZE),
} as const;

export type SearchParamName = keyof typeof fields;
export const SEARCH_PARAM_NAMES = Object.keys(fields) as SearchParamName[];

export type ParseFailure = { ok: false; param: string; message: string };
export type ParseResult = { ok: true; query: SearchQuery } | ParseFailure;

/** Strict reading for the JSON API: the first problem found, naming its parameter. */
export function parseSearchParamsStrict(params: URLSearchParams): ParseResult {
  const raw: Record<string, unknown> = {};
  for (const name of SEARCH_PARAM_NAMES) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    if (values.length > 1) {
      return { ok: false, param: name, message: `${name} must be given at most once` };
    }
    const value = values[0] as string;
    if (value === '' && name !== 'q') continue;
    const parsed = fields[name].safeParse(value);
    if (!parsed.success) {
      return { ok: false, param: name, message: parsed.error.issues[0]?.message ?? name };
    }
    raw[name] = parsed.data;
  }
  if (
    typeof raw.minPrice === 'number' &&
    typeof raw.maxPrice === 'number' &&
    raw.minPrice > raw.maxPrice
  ) {
    return { ok: false, param: 'minPrice', message: 'minPrice must not be above maxPrice' };
  }
  return { ok: true, query: searchQuery.parse(raw) };
}

type PageParams = Record<string, string | string[] | undefined>;

/** Lenient reading for pages: anything invalid is dropped in favour of its default. */
export function parseSearchParamsLenient(params: PageParams): SearchQuery {
  const raw: Record<string, unknown> = {};
  for (const name of SEARCH_PARAM_NAMES) {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || (first === '' && name !== 'q')) continue;
    const parsed = fields[name].safeParse(first);
    if (parsed.success) raw[name] = parsed.data;
  }
  if (
    typeof raw.minPrice === 'number' &&
    typeof raw.maxPrice === 'number' &&
    raw.minPrice > raw.maxPrice
  ) {
    [raw.minPrice, raw.maxPrice] = [raw.maxPrice, raw.minPrice];
  }
  return searchQuery.parse(raw);
}

/** The URL query for a search, leaving out defaults so that shared links stay short. */
export function toSearchParams(query: Partial<SearchQuery>): URLSearchParams {
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
export function searchHref(query: Partial<SearchQuery>, base = '/products'): string {
  const qs = toSearchParams(query).toString();
  return qs ? `${base}?${qs}` : base;
}

/**
 * A search as one URL path segment: the canonical query string (defaults left out, parameters
 * in one order) in base64url. Every way of writing the same search maps to the same segment,
 * so that it is rendered and cached once.
 */
export function searchKey(query: Partial<SearchQuery>): string {
  const canonical = toSearchParams(query).toString();
  return canonical ? base64url(canonical) : 'all';
}

/** The search a segment made by `searchKey` stands for; anything else is the default search. */
export function parseSearchKey(key: string): SearchQuery {
  if (key === 'all' || !/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return searchQuery.parse({});
  let text: string;
  try {
    text = fromBase64url(key);
  } catch {
    return searchQuery.parse({});
  }
  return parseSearchParamsLenient(Object.fromEntries(new URLSearchParams(text)));
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

/**
 * How many of the filter panel's filters narrow a search (a price range counts once): the
 * number on the phone's "Filters" button, and whether an empty result is the filters' doing.
 */
export function activeFilterCount(query: SearchQuery): number {
  return [
    query.minPrice !== undefined || query.maxPrice !== undefined,
    query.maxMoq !== undefined,
    query.factoryOnly,
    query.shipsIn48h,
    query.onePiece,
  ].filter(Boolean).length;
}
