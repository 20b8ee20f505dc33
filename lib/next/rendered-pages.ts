/**
 * The fast path for product pages. A product page that Next.js rendered in this process (and
 * lib/next/cache-handler.mjs indexed by path) is, while fresh, sent straight from memory by the
 * HTTP server, before Next.js routes or renders anything: the same bytes Next would send from
 * its page cache, at close to the cost of a static file. Everything else (navigation and
 * prefetch requests, query strings, missing or older pages, pages that failed upstream) goes on
 * to Next.js, which renders or revalidates as usual.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A rendered page as cache-handler.mjs records it. */
export type RenderedPage = {
  html: Buffer;
  /** When it was rendered (epoch ms). */
  at: number;
  /** How long it stays fresh (ms), from the page's `revalidate`. */
  freshMs: number;
  etag?: string;
  gzip?: Buffer;
};

type Index = { get(path: string): RenderedPage | undefined };

const PAGES = Symbol.for('pifa.renderedPages');
const PRODUCT_PAGE = /^\/products\/\d+$/;

/** The same variance Next.js declares for app pages, so that shared caches keep HTML and RSC apart. */
const VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

function index(): Index | undefined {
  return (globalThis as Record<symbol, Index | undefined>)[PAGES];
}

/** Whether the request is a browser asking for a product page as a document. */
function isDocumentRequest(req: IncomingMessage): boolean {
  const h = req.headers;
  return (
    req.method === 'GET' &&
    PRODUCT_PAGE.test(req.url ?? '') &&
    (h.accept ?? '').includes('text/html') &&
    h.rsc === undefined &&
    h['next-router-prefetch'] === undefined &&
    h['next-router-state-tree'] === undefined
  );
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends the page if a fresh rendering of it is in memory and returns true; returns false
 * (having written nothing) when Next.js should handle the request.
 */
export function sendRenderedPage(
  req: IncomingMessage,
  res: ServerResponse,
  now = Date.now(),
): boolean {
  if (!isDocumentRequest(req)) return false;
  const page = index()?.get(req.url as string);
  if (!page) return false;
  const age = now - page.at;
  if (age < 0 || age >= page.freshMs) return false;

  page.etag ??= `"${createHash('sha1').update(page.html).digest('base64url').slice(0, 20)}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': `s-maxage=${Math.max(1, Math.floor((page.freshMs - age) / 1000))}, stale-while-revalidate=31535940`,
    ETag: page.etag,
    Vary: VARY,
    'x-pifa-page': 'memory',
  };
  if (matches(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, headers).end();
    return true;
  }
  let body = page.html;
  if (acceptsGzip(req)) {
    page.gzip ??= gzipSync(page.html);
    body = page.gzip;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers).end(body);
  return true;
}
