/**
 * The fast path for pages that are the same for every shopper (the display currency is applied
 * in the browser). While a page rendered in this process is fresh, the HTTP server sends it
 * straight from memory, before Next.js routes or renders anything, at close to the cost of a
 * static file:
 *  - product pages, from Next's page cache (lib/next/cache-handler.mjs indexes them by path);
 *  - the home page, the category list and search pages, which depend on the query string, are
 *    kept here as Next.js sends them, for a minute or the search lifetime if shorter.
 * Everything else (navigation and prefetch requests, other paths, missing or older pages, pages
 * that show a failure or set a cookie) goes on to Next.js, which renders as usual.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { DEFAULT_POLICIES } from '@/lib/catalog/cache';
import { readConfig } from '@/lib/catalog/config';
import { FAILURE_MARK, type RenderedPage, renderedProductPages } from './rendered-index.mjs';

const PRODUCT_PAGE = /^\/products\/\d+$/;
const KEPT_PAGES = new Set(['/', '/categories', '/products']);
const MAX_URL_LENGTH = 1024;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
const MAX_KEPT_MS = 60_000;

type State = {
  /** Search, home and category pages, by URL; bounded by size. */
  kept: LRUCache<string, RenderedPage>;
  sent: number;
  notModified: number;
};

// On globalThis, so that /api-status (another server bundle) sees the same pages and counts.
const STATE = Symbol.for('pifa.keptPages');
const g = globalThis as Record<symbol, State | undefined>;
const state: State = (g[STATE] ??= {
  kept: new LRUCache<string, RenderedPage>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (page) => Math.ceil(page.html.length * 1.25) + 1,
  }),
  sent: 0,
  notModified: 0,
});
const kept = state.kept;

/** Pages are sent from memory by the production server only: `next dev` renders every time. */
export function fastPathEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export type RenderedPageStats = {
  enabled: boolean;
  productPages: number;
  otherPages: number;
  sent: number;
  notModified: number;
};

/** What the fast path holds and has done in this process, for /api-status. */
export function renderedPageStats(): RenderedPageStats {
  return {
    enabled: fastPathEnabled(),
    productPages: renderedProductPages().size,
    otherPages: kept.size,
    sent: state.sent,
    notModified: state.notModified,
  };
}

/** The same variance Next.js declares for app pages, so that shared caches keep HTML and RSC apart. */
const VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** Whether the request is a browser asking for a page as a document (not a router request). */
function isDocumentRequest(req: IncomingMessage): boolean {
  const h = req.headers;
  return (
    req.method === 'GET' &&
    (h.accept ?? '').includes('text/html') &&
    h.rsc === undefined &&
    h['next-router-prefetch'] === undefined &&
    h['next-router-state-tree'] === undefined
  );
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function lookup(url: string): RenderedPage | undefined {
  if (PRODUCT_PAGE.test(url)) return renderedProductPages().get(url);
  return KEPT_PAGES.has(pathOf(url)) ? kept.get(url) : undefined;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends the page if a fresh rendering of it is in memory and returns true; returns false
 * (having written nothing) when Next.js should handle the request.
 */
export function sendRenderedPage(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '';
  if (!isDocumentRequest(req)) return false;
  const page = lookup(url);
  if (!page) return false;
  const age = Date.now() - page.at;
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
    state.notModified++;
    res.writeHead(304, headers).end();
    return true;
  }
  state.sent++;
  let body = page.html;
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    page.gzip ??= gzipSync(page.html);
    body = page.gzip;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers).end(body);
  return true;
}

/** How long a kept page stays fresh: a minute, or less if search results expire sooner. */
function keptLifetimeMs(): number {
  const searchS = readConfig().CACHE_TTL_SEARCH_S;
  return Math.min(
    MAX_KEPT_MS,
    searchS === undefined ? DEFAULT_POLICIES.search.ttlMs : searchS * 1000,
  );
}

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;
type End = (chunk?: unknown, ...rest: unknown[]) => ServerResponse;

type Headers = Record<string, unknown>;

/** Headers given to writeHead, which getHeader does not see, by lower-case name. */
function headersOf(args: unknown[]): Headers {
  const given = args.find((a) => typeof a === 'object' && a !== null);
  const out: Headers = {};
  if (Array.isArray(given)) {
    const flat = given.flat() as unknown[];
    for (let i = 0; i + 1 < flat.length; i += 2) out[String(flat[i]).toLowerCase()] = flat[i + 1];
  } else if (given) {
    for (const [name, value] of Object.entries(given)) out[name.toLowerCase()] = value;
  }
  return out;
}

/** The HTML of a response worth keeping: a whole successful page, no failure shown, no cookie set. */
function wholePage(res: ServerResponse, given: Headers, body: Buffer): Buffer | undefined {
  const header = (name: string) => res.getHeader(name) ?? given[name];
  if (res.statusCode !== 200 || header('set-cookie') !== undefined) return undefined;
  if (!String(header('content-type') ?? '').startsWith('text/html')) return undefined;
  const encoding = header('content-encoding');
  let html: Buffer;
  try {
    if (encoding === undefined || encoding === 'identity') html = body;
    else if (encoding === 'gzip') html = gunzipSync(body);
    else return undefined;
  } catch {
    return undefined; // a response cut short
  }
  return html.includes(FAILURE_MARK) ? undefined : html;
}

/**
 * For a home, category-list or search page requested as a document, records what Next.js
 * sends, and keeps it if it is a whole, successful page that shows no failure and sets no
 * cookie.
 */
export function keepRenderedPage(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '';
  if (!isDocumentRequest(req) || !KEPT_PAGES.has(pathOf(url)) || url.length > MAX_URL_LENGTH) {
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (size > MAX_PAGE_BYTES || chunk == null || typeof chunk === 'function') return;
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    chunks.push(buffer);
  };
  let given: Headers = {};
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    given = headersOf(args.slice(1));
    return writeHead.apply(this, args);
  } as typeof res.writeHead;
  const write = res.write as Write;
  const end = res.end as End;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return write.call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return end.call(this, chunk, ...rest);
  } as typeof res.end;

  res.once('finish', () => {
    try {
      const html = size > MAX_PAGE_BYTES ? undefined : wholePage(res, given, Buffer.concat(chunks));
      if (html) kept.set(url, { html, at: Date.now(), freshMs: keptLifetimeMs() });
    } catch (error) {
      console.warn(`✗ page not kept in memory: ${(error as Error).message}`);
    }
  });
}
