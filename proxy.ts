/**
 * What runs before every page and API request (Next.js's documented proxy):
 *  - routing: `/…` is rendered by `app/[locale]/…` (English, the default, has no prefix in
 *    URLs; the other languages are `/ru/…`, `/es/…`, `/zh/…`, each page with the same rules);
 *    a shopper who chose another language (its cookie) and opens an English URL is sent to
 *    the page in their language; a search `/products?q=…` (by words or an uploaded picture's id) by
 *    `app/[locale]/products/search/[query]`, and a search within a supplier's shop
 *    `/suppliers/<id>?q=…` by `app/[locale]/suppliers/[id]/search/[query]`, each with the query
 *    in its canonical form, so that Next.js caches each page once for every shopper; a pasted
 *    1688 offer link in `q` is not a search: the buyer is sent to the offer (303);
 *  - pages take GET and HEAD only;
 *  - per-client limits on what may cost 1688 calls, and on operator sign-in attempts;
 *  - the Content-Security-Policy and HSTS (lib/http/security-headers.ts).
 * Requests reach it through server/index.mjs, which has already refused malformed ones.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { readConfig } from '@/lib/catalog/config';
import { decideSource } from '@/lib/catalog/source';
import { parsePastedLink } from '@/lib/domain/links';
import { readCookie } from '@/lib/http/cookies';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  localizePath,
  splitLocale,
} from '@/lib/domain/locales';
import { offerId } from '@/lib/domain/schemas';
import { parseSearchKey, parseSearchParamsLenient } from '@/lib/domain/search-params';
import { searchKey } from '@/lib/domain/search-links';
import { type Charge, chargeClient, isCrawler, type Refusal } from '@/lib/http/client-limits';
import { liveImageOrigins, originOf, securityHeaders } from '@/lib/http/security-headers';
import { notAllowedPage, tooManyPage } from '@/i18n/refusals';

const SEARCH_ROUTE = '/products/search/';
const PAGE_METHODS = 'GET, HEAD';
const SUPPLIER = /^\/suppliers\/([^/]+)(\/.*)?$/;
/**
 * The link-preview picture of an offer or a search (opengraph-image routes). Next.js names it
 * after the route that renders the page, so its path holds the internal search key and, for
 * English, the `/en` prefix: both are let through for these pictures alone.
 */
const PREVIEW_IMAGE =
  /^\/products\/(?:search\/([A-Za-z0-9_-]{1,2000})|(\d{1,20}))\/opengraph-image\/[\w-]+$/;

function canonicalSearch(url: URL) {
  const query = parseSearchParamsLenient(Object.fromEntries(url.searchParams));
  const link = query.q ? parsePastedLink(query.q) : null;
  // A link pifa cannot open is shown as such: its address is all the page needs.
  if (link && link.kind !== 'offer' && link.url) query.q = link.url;
  return { query, link };
}

/** Which of the client's requests may cost upstream calls, and what identifies each. */
function chargeFor(request: NextRequest, pathname: string, api: boolean): Charge | null {
  if (pathname === '/api/auth/admin' && request.method === 'POST') {
    return { kind: 'sign_in', key: 'sign-in' };
  }
  if (pathname === '/api/image-search' && request.method === 'POST') {
    // Each upload is a new picture: a distinct key for every request.
    return { kind: 'image', key: crypto.randomUUID() };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const path = api ? pathname.slice('/api'.length) : pathname;
  if (path === '/products') {
    // Charged under the key the page is rendered under, so a page and its preview count once.
    const { query, link } = canonicalSearch(request.nextUrl);
    // A pasted offer link: the API answers with that offer, a page redirects to the offer's
    // page (charged itself).
    if (link?.kind === 'offer') return api ? { kind: 'product', key: link.offerId } : null;
    return { kind: 'search', key: searchKey(query) };
  }
  const shop = /^\/suppliers\/([^/]+)(\/products)?$/.exec(path);
  if (shop) {
    const key = shop[2]
      ? searchKey({ ...canonicalSearch(request.nextUrl).query, image: undefined })
      : 'profile';
    return { kind: 'search', key: `${shop[1]}:${key}` };
  }
  const preview = api ? null : PREVIEW_IMAGE.exec(path);
  // A preview costs what its page costs, and counts as the same page.
  if (preview?.[1]) return { kind: 'search', key: searchKey(parseSearchKey(preview[1])) };
  if (preview?.[2]) return { kind: 'product', key: preview[2] };
  const id = /^\/products\/([^/]+)$/.exec(path)?.[1];
  if (id && offerId.safeParse(id).success) return { kind: 'product', key: id };
  // A fresh price and stock costs a call of its own (at most one a minute per offer).
  const state = /^\/products\/(\d{1,20})\/offer-state$/.exec(path)?.[1];
  if (api && state) return { kind: 'product', key: `${state}:state` };
  const category = /^\/categories\/(\d{1,20})$/.exec(path)?.[1];
  if (api && category) return { kind: 'search', key: `category:${category}` };
  return null;
}

/** The API's 429 messages (pages word them in their language: i18n/refusals.ts). */
const REFUSALS: Record<Refusal['kind'], string> = {
  search: 'You opened many different searches in the last minute.',
  product: 'You opened many different offers in the last minute.',
  image: 'You searched by many pictures in the last minute.',
  sign_in: 'Too many sign-in attempts from your connection.',
  budget: 'Your connection has used its share of today’s 1688 requests.',
};

/** Crawlers past their share of the daily budget: come back later, shoppers go first. */
function crawlersWait(refusal: Refusal): NextResponse {
  return new NextResponse(
    'Crawlers have used their share of today’s 1688 requests; come back later.\n',
    {
      status: 503,
      headers: {
        'Retry-After': String(Math.max(refusal.retryAfterS, 600)),
        'Cache-Control': 'no-store',
        'Content-Type': 'text/plain; charset=utf-8',
      },
    },
  );
}

function tooMany(refusal: Refusal, api: boolean, locale: Locale): NextResponse {
  const headers = { 'Retry-After': String(refusal.retryAfterS), 'Cache-Control': 'no-store' };
  if (api) {
    const message = `${REFUSALS[refusal.kind]} Wait ${refusal.retryAfterS} seconds, then try again.`;
    return NextResponse.json(
      { error: { code: 'too_many_requests', message } },
      { status: 429, headers },
    );
  }
  return new NextResponse(tooManyPage(locale, refusal.kind, refusal.retryAfterS), {
    status: 429,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

function notAllowed(locale: Locale): NextResponse {
  return new NextResponse(notAllowedPage(locale), {
    status: 405,
    headers: {
      Allow: PAGE_METHODS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}

/** The client's address, as server/index.mjs recorded it from the connection or the proxy. */
function clientOf(request: NextRequest): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

/** The shopper's chosen language, when it is not the default. */
function chosenLocale(request: NextRequest): Locale | null {
  const chosen = readCookie(request.headers, LOCALE_COOKIE);
  return isLocale(chosen) && chosen !== DEFAULT_LOCALE ? chosen : null;
}

export async function proxy(request: NextRequest) {
  const split = splitLocale(request.nextUrl.pathname);
  // English has no prefix: "/en/…" from outside is sent to its one address, never let through
  // to the internal routes (they would skip every rule below).
  if (split.locale === DEFAULT_LOCALE && !PREVIEW_IMAGE.test(split.path)) {
    const target = new URL(request.nextUrl);
    target.pathname = split.path;
    return NextResponse.redirect(target, 308);
  }
  const locale = split.locale ?? DEFAULT_LOCALE;
  // From here on the path is the page's path in any language ("/ru/products" → "/products").
  const pathname = split.path;
  const [, first = ''] = pathname.split('/');
  const config = readConfig();
  const live = decideSource(config).source === 'live';
  const api = !split.locale && first === 'api';
  const nonce = pathname === '/api-status' ? crypto.randomUUID().replace(/-/g, '') : undefined;
  const headers = securityHeaders({
    kind: api ? 'api' : 'page',
    https: config.NEXT_PUBLIC_SITE_URL.startsWith('https:'),
    imageOrigins: live ? liveImageOrigins(config.ALIBABA_API_URL) : [],
    nonce,
    // "Connect 1688 account" posts a form that continues to 1688's authorize page.
    formOrigins: nonce && live ? originOf(config.ALIBABA_AUTHORIZE_URL) : [],
  });
  const secure = (response: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };

  const chosen = api || split.locale ? null : chosenLocale(request);
  // Pages that pifa answers by itself speak the language asked for: the URL's, else the chosen.
  const answerIn = split.locale ?? chosen ?? DEFAULT_LOCALE;
  if (!api && request.method !== 'GET' && request.method !== 'HEAD') {
    return secure(notAllowed(answerIn));
  }
  if (chosen) {
    // Never cached: the same URL answers English pages to everyone else.
    const target = new URL(request.nextUrl);
    target.pathname = localizePath(chosen, pathname);
    const response = NextResponse.redirect(target, 307);
    response.headers.set('Cache-Control', 'no-store');
    return secure(response);
  }
  const charge = chargeFor(request, pathname, api);
  if (charge && (live || charge.kind === 'sign_in')) {
    const perMinute = {
      search: config.RATE_LIMIT_SEARCHES_PER_MIN,
      product: config.RATE_LIMIT_PRODUCTS_PER_MIN,
      image: config.RATE_LIMIT_IMAGES_PER_MIN,
      sign_in: config.RATE_LIMIT_SIGN_INS_PER_MIN,
    };
    const budget = config.ALIBABA_DAILY_CALL_BUDGET;
    const share = (of: number) => (budget === undefined ? undefined : Math.floor(budget * of));
    // Every crawler counts as one client with its own share, so shoppers keep theirs.
    const crawler = charge.kind !== 'sign_in' && isCrawler(request.headers.get('user-agent'));
    const refusal = crawler
      ? await chargeClient('crawlers', charge, {
          perMinute: {
            ...perMinute,
            search: perMinute.search * 10,
            product: perMinute.product * 10,
          },
          dailyShare: share(config.CRAWLER_BUDGET_SHARE),
          redisUrl: config.REDIS_URL,
        })
      : await chargeClient(clientOf(request), charge, {
          perMinute,
          dailyShare: share(config.CLIENT_BUDGET_SHARE),
          redisUrl: config.REDIS_URL,
        });
    if (refusal) return secure(crawler ? crawlersWait(refusal) : tooMany(refusal, api, answerIn));
  }
  if (api) return secure(NextResponse.next());

  const url = request.nextUrl.clone();
  const supplier = SUPPLIER.exec(pathname);
  if (pathname === '/products') {
    const { query, link } = canonicalSearch(url);
    if (link?.kind === 'offer') {
      const offer = localizePath(locale, `/products/${link.offerId}`);
      return secure(NextResponse.redirect(new URL(offer, url), 303));
    }
    url.pathname = `/${locale}${SEARCH_ROUTE}${searchKey(query)}`;
  } else if (supplier) {
    // Shop pages are reached through /suppliers/<id>?…, never by their internal path.
    const key = searchKey({ ...canonicalSearch(url).query, image: undefined });
    url.pathname = supplier[2]
      ? `/${locale}/not-found`
      : `/${locale}/suppliers/${supplier[1]}/search/${key}`;
  } else if (pathname.startsWith(SEARCH_ROUTE) && !PREVIEW_IMAGE.test(pathname)) {
    // Search pages are reached through /products?…, never by their internal path.
    url.pathname = `/${locale}/not-found`;
  } else {
    url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  }
  if (!nonce) return secure(NextResponse.rewrite(url));
  // Next.js gives its scripts the nonce it finds in the request's policy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  return secure(NextResponse.rewrite(url, { request: { headers: requestHeaders } }));
}

export const config = {
  // Everything but Next's own static files and files (a dot in the path: robots.txt,
  // icon.svg, the generated pictures…), which no page's path has.
  matcher: ['/((?!_next/static/|_next/image|[^?]*\\.[^/?]*$).*)'],
};
