import type { Page } from '@playwright/test';
import type { Product } from '@/lib/domain/schemas';
import { E2E } from './env';
import { expect, test, yuan } from './fixtures';

/** Scripts a failure of the fake gateway (reset after each test). */
async function failNext(api: string, kind: string, times = 100) {
  const res = await fetch(`${E2E.gateway}/__fake/failures`, {
    method: 'POST',
    body: JSON.stringify({ api, kind, times }),
  });
  expect(res.status).toBe(200);
}

const catalogAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'The catalog could not be loaded' }).first();

test.afterEach(async () => {
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
});

test('live mode: banner says real data; categories, search and product pages work', async ({
  page,
  request,
}) => {
  // Several cold pages in a row, each waiting on the (deliberately slow) fake gateway.
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(
    page.getByRole('status').filter({ hasText: 'Fetching real data from 1688.com' }),
  ).toBeVisible();
  await expect(page.getByText('Using mock data')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Women's Clothing/ }).first()).toBeVisible();

  await page.goto('/categories');
  await page.getByRole('link', { name: /^Toys 玩具/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toys' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();

  const box = page.getByRole('combobox', { name: /search products/i }).first();
  await box.fill('phone');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Results for “phone”' })).toBeVisible();
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first.locator('img')).toHaveAttribute('src', new RegExp(`^${E2E.gateway}/img/`));
  await first.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/products\/\d{12}$/);
  await expect(
    page
      .getByRole('heading', { name: 'Price by quantity' })
      .or(page.getByRole('heading', { name: 'Price by variant' })),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Supplier', exact: true })).toBeVisible();
  // The order form prices 1,000 of one variant as the live offer says.
  const product: Product = (
    await (await request.get(`/api/products/${page.url().split('/').pop()}`)).json()
  ).data;
  const sku = product.skus.find((s) => s.stock > 0)!;
  const values = sku.attributes.map((a) => a.value);
  const name = `${values.join(values.length === 2 ? ', ' : ' / ')} quantity`;
  await page.getByRole('spinbutton', { name }).fill('1000');
  const tier = product.tiers.reduce((t, x) => (1000 >= x.minQuantity ? x : t), product.tiers[0]!);
  const unit = product.pricing === 'tiered' ? tier.price : sku.price;
  expect(yuan(await page.getByTestId('total').textContent())).toBe(
    (Math.round(unit * 100) * 1000) / 100,
  );
});

test('a live failure is shown as a failure with its fix, never replaced by mock data', async ({
  page,
  request,
}) => {
  await failNext('product.search.keywordQuery', 'acl');
  const response = await page.goto('/products?q=backpack');
  // A failure is never cached: not by Next.js, not by an HTTP cache in front.
  expect(response?.status()).toBe(500);
  expect(response?.headers()['cache-control']).toContain('no-store');
  const alert = catalogAlert(page);
  await expect(alert).toContainText('The 1688 app is not granted this API');
  await expect(alert).toContainText('Apply for this API');
  await expect(alert).toContainText('upstream_not_granted');
  await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);

  const api = await request.get('/api/products?q=wallet');
  expect(api.status()).toBe(502);
  expect(await api.json()).toEqual({
    error: {
      code: 'upstream_not_granted',
      message: 'The 1688 app is not granted the API product.search.keywordQuery.',
      hint: expect.stringContaining('1–3 business days'),
    },
  });
});

test('throttling is retried once; a persistent outage is a 503 and a slow gateway a 504', async ({
  request,
}) => {
  await failNext('product.search.keywordQuery', 'throttle', 1);
  expect((await request.get('/api/products?q=tent')).status()).toBe(200);
  // Retrying throttling again and again makes it worse: a second refusal is passed on.
  await failNext('product.search.keywordQuery', 'throttle', 2);
  const throttled = await request.get('/api/products?q=tent pegs');
  expect(throttled.status()).toBe(503);
  expect((await throttled.json()).error.code).toBe('upstream_rate_limited');
  expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);

  await failNext('product.search.keywordQuery', 'http500');
  const down = await request.get('/api/products?q=sleeping bag');
  expect(down.status()).toBe(503);
  expect((await down.json()).error.code).toBe('upstream_unavailable');

  await failNext('product.search.keywordQuery', 'slow');
  const slow = await request.get('/api/products?q=camping chair', { timeout: 25_000 });
  expect(slow.status()).toBe(504);
  expect((await slow.json()).error.code).toBe('upstream_timeout');
});

test('malformed answers and schema drift are bad responses, not crashes', async ({ request }) => {
  await failNext('product.search.keywordQuery', 'malformed');
  const malformed = await request.get('/api/products?q=chopsticks');
  expect(malformed.status()).toBe(502);
  expect((await malformed.json()).error.code).toBe('upstream_bad_response');
  await failNext('product.search.keywordQuery', 'drift');
  const drift = await request.get('/api/products?q=dinner plate');
  expect(drift.status()).toBe(502);
  expect((await drift.json()).error.message).toMatch(/in a shape pifa does not understand/);
});

test('an expired token says how to authorize again', async ({ page }) => {
  await failNext('product.search.queryProductDetail', 'expired_token');
  await page.goto('/products/606877161571');
  await expect(catalogAlert(page)).toContainText('Connect a 1688 account');
});

test('a product page that failed upstream is not kept: the next visit shows the product', async ({
  page,
  request,
}) => {
  // An offer no other test shows (a listed offer's page is prefetched, and so rendered).
  const search = await request.get('/api/products?q=phone&page=2');
  const id: string = (await search.json()).data.items[0].id;
  await failNext('product.search.queryProductDetail', 'acl');
  const failed = await page.goto(`/products/${id}`);
  expect(failed?.status()).toBe(500);
  expect(failed?.headers()['cache-control']).toContain('no-store');
  await expect(catalogAlert(page)).toContainText('upstream_not_granted');

  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
  const shown = await page.goto(`/products/${id}`);
  expect(shown?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Seller’s description' })).toBeVisible();
  await expect(catalogAlert(page)).toHaveCount(0);
  const again = await request.get(`/products/${id}`, { headers: { Accept: 'text/html' } });
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(again.headers()['cache-control']).toMatch(/^s-maxage=60, stale-while-revalidate=\d+$/);
});

test('an unknown offer shows the not-found page', async ({ page }) => {
  await page.goto('/products/123456789012');
  await expect(page.getByRole('heading', { name: 'This product isn’t available' })).toBeVisible();
});

test('with a wrong App Secret the page explains the signature problem', async ({
  page,
  request,
}) => {
  await page.goto(`${E2E.wrongSecret}/products?q=phone`);
  const alert = catalogAlert(page);
  await expect(alert).toContainText('1688 rejected the request signature');
  await expect(alert).toContainText('Check ALIBABA_APP_SECRET in .env.local');
  const api = await request.get(`${E2E.wrongSecret}/api/products?q=phone`);
  expect(api.status()).toBe(502);
  expect((await api.json()).error.code).toBe('upstream_signature_rejected');
});

test('a cached search is served, marked stale, when 1688 fails after its lifetime', async ({
  page,
  request,
}) => {
  const fresh = await (await request.get('/api/products?q=towel')).json();
  expect(fresh.stale).toBe(false);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await failNext('product.search.keywordQuery', 'http500');
  await page.waitForTimeout(2_500); // the live app's search lifetime is 2 s in these tests
  await page.goto('/products?q=Towel');
  await expect(page.getByTestId('stale-notice')).toContainText('Prices as of');
  await expect(results.first()).toBeVisible();
  const stale = await request.get('/api/products?q=towel%20');
  expect(stale.status()).toBe(200);
  expect(await stale.json()).toMatchObject({
    source: 'live',
    stale: true,
    fetchedAt: fresh.fetchedAt,
  });
});
