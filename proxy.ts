/**
 * Maps each public page URL to the route that renders it, so that Next.js can cache every
 * catalog page (incremental static regeneration) and send it again without rendering:
 *  - `/…` is rendered by `app/[locale]/…` (English, the default, has no prefix in URLs);
 *  - `/products?q=…` (a search) by `app/[locale]/products/search/[query]`, the query in its
 *    canonical form, so that every way of writing the same search shares one cached page.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/domain/locales';
import { parseSearchParamsLenient, searchKey } from '@/lib/domain/search-params';

const SEARCH_ROUTE = '/products/search/';

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const [, first = ''] = url.pathname.split('/');
  // Already a route of app/[locale] (the rewrite below is seen here again): let it through.
  if (isLocale(first)) return NextResponse.next();
  const locale = DEFAULT_LOCALE;
  const path = url.pathname;
  if (path === '/products') {
    const params = Object.fromEntries(url.searchParams);
    url.pathname = `/${locale}${SEARCH_ROUTE}${searchKey(parseSearchParamsLenient(params))}`;
  } else if (path.startsWith(SEARCH_ROUTE)) {
    // Search pages are reached through /products?…, never by their internal path.
    url.pathname = `/${locale}/not-found`;
  } else {
    url.pathname = `/${locale}${path === '/' ? '' : path}`;
  }
  return NextResponse.rewrite(url);
}

export const config = {
  // Pages only: not the JSON API, Next's own files, the generated images, or files (a dot in
  // the path: robots.txt, icon.svg…), which no page's path has.
  matcher: ['/((?!api/|api$|_next/|img/|[^?]*\\.[^/?]*$).*)'],
};
