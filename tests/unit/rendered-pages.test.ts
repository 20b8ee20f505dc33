import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RenderedPage, sendRenderedPage } from '@/lib/next/rendered-pages';

const PAGES = Symbol.for('pifa.renderedPages');
const index = new LRUCache<string, RenderedPage>({ max: 10 });
const HTML = '<!DOCTYPE html><html><body><h1>Insulated tumbler 保温杯</h1></body></html>';

let server: Server;
let base: string;

beforeAll(async () => {
  (globalThis as Record<symbol, unknown>)[PAGES] = index;
  // Whatever the fast path does not send is answered by "Next.js".
  server = createServer((req, res) => {
    if (!sendRenderedPage(req, res)) res.writeHead(299).end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[PAGES];
  await new Promise((resolve) => server.close(resolve));
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
    delete (globalThis as Record<symbol, unknown>)[PAGES];
    try {
      expect((await get('/products/612345678901')).status).toBe(299);
    } finally {
      (globalThis as Record<symbol, unknown>)[PAGES] = index;
    }
  });
});
