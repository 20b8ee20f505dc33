/**
 * One definition of the search parameters, read two ways: strictly for the JSON API (a bad
 * value is a 400 naming the parameter) and leniently for pages (a bad value falls back to its
 * default, so a mistyped URL still shows a useful page). The inverse, searches as links and
 * path segments, is lib/domain/search-links.ts.
 */
import * as z from './zod';
import { MAX_PASTED_TEXT, parsePastedLink } from './links';
import { imageId, type SearchQuery, searchQuery } from './schemas';
import { cleanWords, MAX_PAGE_SIZE, SORT_ORDERS, searchKeyParams } from './search-links';

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
      z.transform(cleanWords),
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
    z.enum(SORT_ORDERS, { message: `sort must be one of ${SORT_ORDERS.join(', ')}` }),
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

/** The search a segment made by `searchKey` stands for; anything else is the default search. */
export function parseSearchKey(key: string): SearchQuery {
  const params = searchKeyParams(key);
  return params ? parseSearchParamsLenient(Object.fromEntries(params)) : searchQuery.parse({});
}
