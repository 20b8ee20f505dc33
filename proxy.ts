/**
 * Maps each public page URL to the route that renders it, so that Next.js can cache every
 * catalog page (incremental static regeneration) and send it again without rendering:
 *  - `/…` is rendered by `app/[locale]/…` (English, the default, has no prefix in URLs);
 *  - `/products?q=…` (a search, by words or by an uploaded picture's id) by
 *    `app/[locale]/products/search/[query]`, the query in its canonical form, so that every
 *    way of writing the same search shares one cached page;
 *  - `/suppliers/<id>?q=…` (a search within a supplier's shop) likewise by
 *    `app/[locale]/suppliers/[id]/search/[query]`;
 *  - a pasted 1688 offer link in `q` is not a search: the buyer is sent to the offer (303).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { parsePastedLink } from '@/lib/domain/links';
import { DEFAULT_LOCALE, isLocale } from '@/lib/domain/locales';
import { parseSearchParamsLenient, searchKey } from '@/lib/domain/search-params';

const SEARCH_ROUTE = '/products/search/';
const SUPPLIER = /^\/suppliers\/([^/]+)(\/.*)?$/;

function canonicalSearch(url: URL) {
  const query = parseSearchParamsLenient(Object.fromEntries(url.searchParams));
  const link = query.q ? parsePastedLink(query.q) : null;
  // A link pifa cannot open is shown as such: its address is all the page needs.
  if (link && link.kind !== 'offer' && link.url) query.q = link.url;
  return { query, link };
}

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const [, first = ''] = url.pathname.split('/');
  // Already a route of app/[locale] (the rewrite below is seen here again): let it through.
  if (isLocale(first)) return NextResponse.next();
  const locale = DEFAULT_LOCALE;
  const path = url.pathname;
  const supplier = SUPPLIER.exec(path);
  if (path === '/products') {
    const { query, link } = canonicalSearch(url);
    if (link?.kind === 'offer') {
      const offer = new URL(`/products/${link.offerId}`, url);
      return NextResponse.redirect(offer, 303);
    }
    url.pathname = `/${locale}${SEARCH_ROUTE}${searchKey(query)}`;
  } else if (supplier) {
    // Shop pages are reached through /suppliers/<id>?…, never by their internal path.
    url.pathname = supplier[2]
      ? `/${locale}/not-found`
      : `/${locale}/suppliers/${supplier[1]}/search/${searchKey({ ...canonicalSearch(url).query, image: undefined })}`;
  } else if (path.startsWith(SEARCH_ROUTE)) {
    // Search pages are reached through /products?…, never by their internal path.
    url.pathname = `/${locale}/not-found`;
  } else {
    url.pathname = `/${locale}${path === '/' ? '' : path}`;
  }
  return NextResponse.rewrite(url);
}

export const config = {
  // Pages only: not the JSON API, Next's own files, the generated images or the icon.
  matcher: ['/((?!api/|api$|_next/|img/|icon\\.svg$|favicon\\.ico$).*)'],
};
