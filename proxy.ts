/**
 * A fast path for product pages: a page already rendered in this process (indexed by
 * lib/next/cache-handler.mjs) and still fresh is sent straight from memory, before routing and
 * rendering. Navigation and prefetch requests, and missing or older pages, go on to Next, which
 * renders or revalidates them as usual.
 */
import { NextResponse, type NextRequest } from 'next/server';

const PAGES = Symbol.for('pifa.renderedPages');
const FRESH_MS = 60_000;

type Rendered = { html: string; at: number };
type Pages = { get(path: string): Rendered | undefined };

export function proxy(request: NextRequest) {
  const headers = request.headers;
  // Only document requests: browsers ask for text/html, while the router's navigation and
  // prefetch requests ask for the RSC payload (and carry an `_rsc` parameter).
  if (
    request.method !== 'GET' ||
    !(headers.get('accept') ?? '').includes('text/html') ||
    headers.has('rsc') ||
    headers.has('next-router-prefetch') ||
    request.nextUrl.search
  ) {
    return NextResponse.next();
  }
  const page = (globalThis as Record<symbol, Pages | undefined>)[PAGES]?.get(
    request.nextUrl.pathname,
  );
  if (!page || Date.now() - page.at > FRESH_MS) return NextResponse.next();
  return new NextResponse(page.html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache',
      'x-pifa-page': 'memory',
    },
  });
}

export const config = { matcher: '/products/:id' };
