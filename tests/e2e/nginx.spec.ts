import { E2E } from './env';
import { expect, test } from './fixtures';

/** deploy/nginx.conf in front of the live app: what its HTTP cache keeps and what it never does. */

test.afterEach(async () => {
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
});

const html = { Accept: 'text/html' };
const unique = () => `nginx-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test('a catalog page is served from the HTTP cache the second time', async ({ request }) => {
  const url = `${E2E.nginx}/products?q=lamp&sort=sales&page=2`;
  const first = await request.get(url, { headers: html });
  expect(first.status()).toBe(200);
  expect(first.headers()['x-cache-status']).toBe('MISS');
  expect(first.headers()['cache-control']).toMatch(/^s-maxage=60, stale-while-revalidate=\d+$/);
  const second = await request.get(url, { headers: html });
  expect(second.headers()['x-cache-status']).toBe('HIT');
  expect(await second.text()).toBe(await first.text());
});

test('/api-status is never cached, even when asked twice', async ({ request }) => {
  for (let i = 0; i < 2; i++) {
    const res = await request.get(`${E2E.nginx}/api-status`, { headers: html });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('no-store');
    expect(res.headers()['x-cache-status']).not.toBe('HIT');
  }
});

test('a page showing an upstream failure is not cached: the next visit gets the page', async ({
  request,
}) => {
  const url = `${E2E.nginx}/products?q=${unique()}`;
  await fetch(`${E2E.gateway}/__fake/failures`, {
    method: 'POST',
    body: JSON.stringify({ api: 'product.search.keywordQuery', kind: 'acl', times: 100 }),
  });
  for (let i = 0; i < 2; i++) {
    const failed = await request.get(url, { headers: html });
    expect(failed.status()).toBe(500);
    expect(failed.headers()['cache-control']).toContain('no-store');
    expect(failed.headers()['x-cache-status']).toBe('MISS');
  }
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
  const shown = await request.get(url, { headers: html });
  expect(shown.status()).toBe(200);
  expect(shown.headers()['x-cache-status']).toBe('MISS');
  expect((await request.get(url, { headers: html })).headers()['x-cache-status']).toBe('HIT');
});

test('an operator session is never served from the shared cache', async ({ request }) => {
  const url = `${E2E.nginx}/categories`;
  await request.get(url, { headers: html });
  expect((await request.get(url, { headers: html })).headers()['x-cache-status']).toBe('HIT');
  const operator = await request.get(url, {
    headers: { ...html, cookie: 'pifa_admin=v1.1.x.y' },
  });
  expect(operator.headers()['x-cache-status']).toBe('BYPASS');
});
