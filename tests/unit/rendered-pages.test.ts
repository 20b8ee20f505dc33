import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepRenderedPage, renderedPageStats, sendRenderedPage } from '@/lib/next/rendered-pages';
import { renderedProductPages } from '@/lib/next/rendered-index.mjs';

const index = renderedProductPages();
const HTML = '<!DOCTYPE html><html><body><h1>Insulated tumbler 保温杯</h1></body></html>';

type Answer = (req: IncomingMessage, res: ServerResponse) => void;
const answerNext: Answer = (_, res) => {
  res.writeHead(299).end('next');
};
let nextAnswer: Answer = answerNext;
let server: Server;
let base: string;

beforeAll(async () => {
  // As lib/next/server-hooks.ts does; whatever the fast path does not send is answered by "Next.js".
  server = createServer((req, res) => {
    if (sendRenderedPage(req, res)) return;
    keepRenderedPage(req, res);
    nextAnswer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  index.clear();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  nextAnswer = answerNext;
  vi.useRealTimers();
  delete process.env.CACHE_TTL_SEARCH_S;
});

beforeEach(() => {
  index.clear();
  index.set('/products/612345678901', {
    html: Buffer.from(HTML),
    at: Date.now(),
    freshMs: 60_000,
  });
});

const html = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
const get = (path: string, headers: Record<string, string> = html, method = 'GET') =>
  fetch(`${base}${path}`, { method, headers });

describe('sendRenderedPage', () => {
  it('sends a fresh page from memory, with its length, validator and cache headers', async () => {
    const res = await get('/products/612345678901', { ...html, 'accept-encoding': 'identity' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-pifa-page')).toBe('memory');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(HTML)));
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{20}"$/);
    expect(res.headers.get('cache-control')).toMatch(/^s-maxage=(59|60), stale-while-revalidate/);
    expect(res.headers.get('vary')).toContain('rsc');
    expect(await res.text()).toBe(HTML);
  });

  it('compresses once for clients that accept gzip', async () => {
    const res = await fetch(`${base}/products/612345678901`, {
      headers: { ...html, 'accept-encoding': 'gzip, br' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(HTML); // fetch decompresses
    const page = index.get('/products/612345678901')!;
    expect(gunzipSync(page.gzip!).toString()).toBe(HTML);
  });

  it('counts what it sends, for /api-status', async () => {
    const before = renderedPageStats();
    const etag = (await get('/products/612345678901')).headers.get('etag')!;
    await get('/products/612345678901', { ...html, 'if-none-match': etag });
    await get('/products/611111111111');
    const after = renderedPageStats();
    expect(after.sent - before.sent).toBe(1);
    expect(after.notModified - before.notModified).toBe(1);
    expect(after.productPages).toBe(1);
    expect(after.enabled).toBe(false); // tests do not run as the production server
  });

  it('answers 304 when the client already has this rendering', async () => {
    const etag = (await get('/products/612345678901')).headers.get('etag')!;
    const same = await get('/products/612345678901', { ...html, 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    const listed = await get('/products/612345678901', {
      ...html,
      'if-none-match': `"other", W/${etag}`,
    });
    expect(listed.status).toBe(304);
    const other = await get('/products/612345678901', { ...html, 'if-none-match': '"other"' });
    expect(other.status).toBe(200);
  });

  it('leaves older and unknown pages to Next.js', async () => {
    index.set('/products/698765432109', {
      html: Buffer.from(HTML),
      at: Date.now() - 61_000,
      freshMs: 60_000,
    });
    expect((await get('/products/698765432109')).status).toBe(299);
    expect((await get('/products/611111111111')).status).toBe(299);
  });

  it.each([
    ['a navigation request', '/products/612345678901', { ...html, rsc: '1' }, 'GET'],
    [
      'a prefetch',
      '/products/612345678901',
      { ...html, 'next-router-prefetch': '1', rsc: '1' },
      'GET',
    ],
    ['a request for JSON', '/products/612345678901', { accept: 'application/json' }, 'GET'],
    ['a query string', '/products/612345678901?ref=x', html, 'GET'],
    ['a trailing slash', '/products/612345678901/', html, 'GET'],
    ['another path', '/products', html, 'GET'],
    ['a HEAD request', '/products/612345678901', html, 'HEAD'],
    ['a POST', '/products/612345678901', html, 'POST'],
  ])('leaves %s to Next.js', async (_, path, headers, method) => {
    const res = await get(path, headers, method);
    expect(res.status).toBe(299);
    expect(res.headers.get('x-pifa-page')).toBeNull();
  });

  it('sends nothing when no page has been rendered in this process', async () => {
    index.clear();
    expect((await get('/products/612345678901')).status).toBe(299);
  });
});

/** "Next.js" streams a search page: status, headers, then the document in pieces. */
function streams(
  html: string,
  { status = 200, gzip = false, headers = {} as Record<string, string> } = {},
): Answer {
  return (_, res) => {
    const body = gzip ? gzipSync(html) : Buffer.from(html);
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...headers,
    });
    const half = Math.floor(body.length / 2);
    res.write(body.subarray(0, half));
    res.end(body.subarray(half));
  };
}

describe('keepRenderedPage', () => {
  const SEARCH = '<!DOCTYPE html><html><body><h1>Results for “phone”</h1></body></html>';
  let url = 0;
  const fresh = () => `/products?q=phone&page=${++url}`;

  it('keeps a search page as Next.js sent it and sends it from memory afterwards', async () => {
    nextAnswer = streams(SEARCH);
    const path = fresh();
    const first = await get(path);
    expect(first.headers.get('x-pifa-page')).toBeNull();
    expect(await first.text()).toBe(SEARCH);
    nextAnswer = streams('<p>rendered again</p>');
    const second = await get(path);
    expect(second.headers.get('x-pifa-page')).toBe('memory');
    expect(await second.text()).toBe(SEARCH);
    // Another query string is another page.
    expect(await (await get(`${path}&sort=price_asc`)).text()).toBe('<p>rendered again</p>');
  });

  it('keeps the plain HTML of a page Next.js compressed', async () => {
    nextAnswer = streams(SEARCH, { gzip: true });
    const path = fresh();
    await (await get(path, { ...html, 'accept-encoding': 'gzip' })).text();
    nextAnswer = answerNext;
    const again = await get(path, { ...html, 'accept-encoding': 'identity' });
    expect(again.headers.get('x-pifa-page')).toBe('memory');
    expect(await again.text()).toBe(SEARCH);
  });

  it.each([
    ['an error status', streams(SEARCH, { status: 500 })],
    ['a page that shows a failure', streams('<section data-pifa-failure="">down</section>')],
    ['a page that sets a cookie', streams(SEARCH, { headers: { 'Set-Cookie': 'a=1' } })],
    ['JSON', streams('{}', { headers: { 'Content-Type': 'application/json' } })],
    [
      'a response cut short',
      ((_, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
        res.end(gzipSync(SEARCH).subarray(0, 20));
      }) as Answer,
    ],
  ])('does not keep %s', async (_, answer) => {
    nextAnswer = answer;
    const path = fresh();
    await (await get(path)).arrayBuffer();
    nextAnswer = answerNext;
    expect((await get(path)).status).toBe(299);
  });

  it.each([
    ['a navigation request', '/products?q=tent', { ...html, rsc: '1' }],
    ['a page outside the kept ones', '/api-status', html],
    ['a very long address', `/products?q=${'x'.repeat(2000)}`, html],
  ])('does not keep %s', async (_, path, headers) => {
    nextAnswer = streams(SEARCH);
    await (await get(path, headers)).text();
    nextAnswer = answerNext;
    expect((await get(path, headers)).status).toBe(299);
  });

  it('keeps pages for a minute, or for the search lifetime if shorter', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    nextAnswer = streams(SEARCH);
    const path = fresh();
    await (await get(path)).text();
    nextAnswer = answerNext;
    vi.setSystemTime(Date.now() + 59_000);
    expect((await get(path)).status).toBe(200);
    vi.setSystemTime(Date.now() + 2_000);
    expect((await get(path)).status).toBe(299);

    process.env.CACHE_TTL_SEARCH_S = '2';
    nextAnswer = streams(SEARCH);
    const short = fresh();
    await (await get(short)).text();
    nextAnswer = answerNext;
    vi.setSystemTime(Date.now() + 1_500);
    expect((await get(short)).status).toBe(200);
    vi.setSystemTime(Date.now() + 1_000);
    expect((await get(short)).status).toBe(299);
  });
});
