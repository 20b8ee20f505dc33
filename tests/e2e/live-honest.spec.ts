import type { APIRequestContext } from '@playwright/test';
import { E2E } from './env';
import { expect, operatorHeaders, signIn, test, yuan } from './fixtures';

/**
 * Live mode as honest as mock mode, in Chromium against the fake gateway: what 1688 cannot do
 * is not offered, counts of filters pifa applies say "about", promotions sit beside the price,
 * unavailable offers cannot be ordered, drift in 1688's answers shows on /api-status.
 */
const fake = (path: string, body: unknown) =>
  fetch(`${E2E.gateway}${path}`, { method: 'POST', body: JSON.stringify(body) });

test.afterEach(async () => {
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
});

/** Offers of a search no other test runs (so that their pages are not in any cache yet). */
async function offers(request: APIRequestContext, q: string, pageSize = 40, sort = 'relevance') {
  const res = await request.get(
    `/api/products?q=${encodeURIComponent(q)}&pageSize=${pageSize}&sort=${sort}`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()).data.items as {
    id: string;
    price: { min: number };
    promotion?: { label: string; price: number };
  }[];
}

test('only the sorts 1688 has are offered; another sort is refused by the API', async ({
  page,
  request,
}) => {
  await page.goto('/products?q=cushion&sort=newest');
  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('relevance');
  await expect(sort.locator('option')).toHaveText([
    'Best match',
    'Price: low to high',
    'Price: high to low',
    'Most sold (30 days)',
  ]);
  const api = await request.get('/api/products?q=cushion&sort=newest');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.message).toBe(
    'sort=newest is not supported by the live 1688 catalog; use one of relevance, price_asc, price_desc, sales',
  );
});

test('a maximum MOQ (checked by pifa) fills the page and the count says "about"', async ({
  page,
}) => {
  await page.goto('/products?q=bag&maxMoq=5');
  await expect(page.getByTestId('result-count')).toContainText(/^about [\d,]+ offers/);
  await expect(page.getByTestId('count-note')).toContainText('checked by pifa');
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(cards).toHaveCount(20);
  for (const text of await cards.allTextContents()) {
    expect(Number(/MOQ (\d+)/.exec(text)?.[1])).toBeLessThanOrEqual(5);
  }
  await expect(page.getByText('1688 cannot filter on this')).toBeVisible();
});

test('"Factories only" shows the factory mark on every card', async ({ page }) => {
  await page.goto('/products?q=backpack&factoryOnly=true');
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  await expect(cards.filter({ hasText: 'Factory' })).toHaveCount(count);
});

test('an offer no longer on sale: a banner, no order form, left out of search', async ({
  page,
  request,
}) => {
  // Found sorted by sales, so that the search by best match below is not in the cache yet.
  const list = await offers(request, 'notebook', 40, 'sales');
  const id = list[list.length - 1]!.id;
  expect((await fake('/__fake/offers', { offerId: id, status: 'expired' })).status).toBe(200);
  await page.goto(`/products/${id}`);
  await expect(page.getByTestId('unavailable')).toContainText('not on sale on 1688');
  await expect(page.getByTestId('unavailable')).toContainText('“expired”');
  await expect(page.getByRole('textbox', { name: /quantity/i })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Supplier', exact: true })).toBeVisible();
  const again = await offers(request, 'notebook', 50);
  expect(again.length).toBeGreaterThan(30);
  expect(again.map((o) => o.id)).not.toContain(id);
});

test('a promotion is shown beside the tier prices, labelled, never in their place', async ({
  page,
  request,
}) => {
  const promoted = (await offers(request, 'phone case', 50)).find(
    (o) => o.promotion?.label === '1688 Plus members',
  );
  expect(promoted, 'an offer with a Plus members price').toBeTruthy();
  await page.goto(`/products/${promoted!.id}`);
  const tiers = page.getByRole('region', { name: /^Price by/ });
  await expect(tiers.getByTestId('promotion')).toContainText(
    'The prices above are what every buyer pays',
  );
  await expect(tiers.getByTestId('promotion')).toContainText('1688 Plus members');
  // The list price every buyer pays stays above the promotion, in the tiers or per variant.
  const product = (await (await request.get(`/api/products/${promoted!.id}`)).json()).data as {
    price: { min: number };
  };
  expect(product.price.min).toBeGreaterThan(promoted!.promotion!.price);
  const table = tiers.getByRole('table');
  if ((await table.count()) > 0) {
    const firstTier = yuan(await table.getByRole('row').nth(1).locator('td').nth(1).textContent());
    expect(firstTier).toBeGreaterThan(promoted!.promotion!.price);
  }
});

test('prices say how old they are, and current ones are fetched when asked', async ({
  page,
  request,
}) => {
  const [offer] = await offers(request, 'pillow', 1);
  await page.goto(`/products/${offer!.id}`);
  await expect(page.getByTestId('prices-as-of')).toContainText('Prices and stock as of');
  await fake('/__fake/offers', { offerId: offer!.id, status: 'soldout' });
  // Within its lifetime (a second here) the product just fetched is the current state.
  await page.waitForTimeout(1_200);
  await page.getByRole('button', { name: 'Check current price and stock' }).click();
  await expect(page.getByTestId('prices-as-of')).toContainText('Checked with 1688');
  await expect(page.getByTestId('unavailable')).toContainText('“soldout”');
});

test('the supplier’s Chinese name is said to be one, with years on 1688', async ({
  page,
  request,
}) => {
  const [offer] = await offers(request, 'bowl', 1);
  await page.goto(`/products/${offer!.id}`);
  const card = page.getByRole('region', { name: 'Supplier', exact: true });
  await expect(card).toContainText('(Chinese name)');
  await expect(card).toContainText(/\d+ years? on 1688/);
});

test('drift in 1688’s answers: the rest is shown, and /api-status has a masked sample', async ({
  page,
  request,
}) => {
  await fake('/__fake/failures', {
    api: 'product.search.keywordQuery',
    kind: 'drift_some_rows',
    times: 1,
  });
  await page.goto('/products?q=sunglasses');
  await expect(page.getByTestId('result-count')).toContainText(/^about /);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();

  await fake('/__fake/failures', {
    api: 'product.search.keywordQuery',
    kind: 'drift_price_object',
    times: 1,
  });
  // The probes read what they receive with the catalog's own readers.
  for (let i = 0; i < 5; i++) {
    const run = await request.post('/api/status/probes', { headers: operatorHeaders });
    if (run.status() === 200) break;
    await page.waitForTimeout(1_500);
  }
  await signIn(page, E2E.live);
  await expect(page.getByTestId('probe-search')).toContainText('Shape changed');
  const shapes = page.getByTestId('shape-product.search.keywordQuery');
  await expect(shapes).toContainText('Changed');
  await expect(shapes).toContainText('offerId missing');
  await shapes.getByText('priceInfo.price is an object').click();
  const sample = shapes.getByTestId('shape-sample').last();
  await expect(sample).toContainText('"offerId": ');
  await expect(sample).toContainText('‹string·');
  expect(await sample.textContent()).not.toMatch(/\p{Script=Han}/u);

  await fake('/__fake/failures', {
    api: 'product.search.keywordQuery',
    kind: 'drift_missing_id',
    times: 1,
  });
  const broken = await page.goto('/products?q=keychain');
  expect(broken?.status()).toBe(500);
  await expect(page.getByRole('alert').first()).toContainText(
    '1688 answered in a form pifa doesn’t understand',
  );
});
