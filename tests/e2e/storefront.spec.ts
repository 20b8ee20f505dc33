import type { Product, ProductSummary } from '@/lib/domain/schemas';
import { countOf } from '@/lib/domain/pricing';
import { offerIdFor } from '@/lib/mock/offers';
import { expect, test, yuan } from './fixtures';

/** A quantity cell's name: "Black, M" in a two-axis grid, "Black / M" in rows. */
const cellName = (sku: Product['skus'][number]) => {
  const values = sku.attributes.map((a) => a.value);
  return values.join(values.length === 2 ? ', ' : ' / ');
};

test('home → search "phone" → filter → product → the order form prices quantities', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Using mock data' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shop by category' })).toBeVisible();

  await page
    .getByRole('combobox', { name: /search products/i })
    .first()
    .fill('phone');
  await page
    .getByRole('combobox', { name: /search products/i })
    .first()
    .press('Enter');
  await expect(page).toHaveURL(/\/products\?q=phone$/);
  await expect(page.getByRole('heading', { name: 'Results for “phone”' })).toBeVisible();
  const allCount = await page.getByTestId('result-count').textContent();

  await page.getByLabel('Ships within 48 hours').check();
  await page.getByLabel('Minimum order at most').fill('10');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/maxMoq=10/);
  await expect(page).toHaveURL(/shipsIn48h=true/);
  await expect(page.getByTestId('result-count')).not.toHaveText(allCount!);
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(cards.first()).toContainText('Ships in 48 h');

  await cards.first().getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/products\/\d{12}$/);
  const id = page.url().split('/').pop()!;
  const product: Product = (await (await request.get(`/api/products/${id}`)).json()).data;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.title);

  // Order form: a large quantity of one variant reaches the highest tier; total = price × qty.
  const sku = product.skus.find((x) => x.stock > 0)!;
  const cell = page.getByRole('spinbutton', { name: `${cellName(sku)} quantity` });
  const big = product.tiers[product.tiers.length - 1]!.minQuantity * 2;
  await cell.fill(String(big));
  await expect(page.getByTestId('total-quantity')).toHaveText(countOf(big, product.unit));
  const unit =
    product.pricing === 'tiered' ? product.tiers[product.tiers.length - 1]!.price : sku.price;
  expect(yuan(await page.getByTestId('total').textContent())).toBe(
    (Math.round(unit * 100) * big) / 100,
  );
  if (product.pricing === 'tiered') {
    await expect(page.getByTestId('unit-price')).toHaveText(`CN¥${unit.toFixed(2)}`);
    await expect(page.locator('tr[aria-current="true"]')).toContainText(
      `≥ ${product.tiers[product.tiers.length - 1]!.minQuantity}`,
    );
  }

  // Filling in another colour shows its picture.
  const other = product.skus.find((x) => x.stock > 0 && x.image && x.image !== sku.image);
  expect(other, 'a second colour in stock').toBeDefined();
  await page.getByRole('spinbutton', { name: `${cellName(other!)} quantity` }).focus();
  await expect(page.getByTestId('main-image')).toHaveAttribute('src', other!.image!);
});

test('a per-SKU offer takes the price of the chosen variant', async ({ page, request }) => {
  let found: Product | null = null;
  const list: ProductSummary[] = (
    await (await request.get('/api/products?q=phone&pageSize=50')).json()
  ).data.items;
  for (const item of list) {
    const p: Product = (await (await request.get(`/api/products/${item.id}`)).json()).data;
    if (p.pricing === 'per_sku' && new Set(p.skus.map((s) => s.price)).size > 1) {
      found = p;
      break;
    }
  }
  expect(found, 'a phone offer priced per SKU').not.toBeNull();
  const product = found!;
  await page.goto(`/products/${product.id}`);
  const cheapest = Math.min(...product.skus.map((s) => s.price));
  const dearest = product.skus.find((s) => s.price > cheapest && s.stock > 0)!;
  const qty = Math.max(product.moq, 1);
  await page.getByRole('spinbutton', { name: `${cellName(dearest)} quantity` }).fill(String(qty));
  await expect(page.getByTestId('order-summary')).toContainText('Each variant at its own price.');
  expect(yuan(await page.getByTestId('total').textContent())).toBe(
    (Math.round(dearest.price * 100) * qty) / 100,
  );
});

test('Chinese keyword search finds Chinese titles', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /search products/i }).first();
  await box.fill('手机壳');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Results for “手机壳”' })).toBeVisible();
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first).toContainText('手机壳');
  await expect(first).toContainText(/Phone (Case|Cover)/);
});

test('category navigation: tree → category → subcategory, with breadcrumbs', async ({ page }) => {
  await page.goto('/categories');
  await expect(page.getByRole('heading', { name: 'All categories' })).toBeVisible();
  await page.getByRole('link', { name: /^Shoes 鞋靴/ }).click();
  await expect(page).toHaveURL(/category=107$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Shoes' })).toBeVisible();
  await page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('link', { name: /^Boots/ })
    .click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(/Shoes.*Boots/);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Shoes' })).toBeVisible();
});

test('sorting and paging live in the URL and the back button restores them', async ({ page }) => {
  await page.goto('/products?q=bag');
  await page.getByLabel('Sort by').selectOption('price_asc');
  await expect(page).toHaveURL(/sort=price_asc/);
  const prices = await page
    .getByRole('list', { name: 'Search results' })
    .locator('li .text-brand-700')
    .allTextContents();
  const values = prices.map((p) => yuan(p));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('link', { name: /Next/ })
    .click();
  await expect(page).toHaveURL(/page=2/);
  await page.goBack();
  await expect(page).toHaveURL(/\/products\?q=bag&sort=price_asc$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/products\?q=bag$/);
});

test('bad URLs give friendly pages, never errors', async ({ page, request }) => {
  // An offer that does not exist is a 404 that says what happened and is not to be indexed.
  const gone = await page.goto('/products/123456789012');
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This product isn’t available' })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();

  expect((await page.goto('/products/not-a-number'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This product isn’t available' })).toBeVisible();

  const nowhere = await page.goto('/no/such/page');
  expect(nowhere?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toBeVisible();

  await page.goto('/products?q=cup&page=abc&sort=bogus&minPrice=x');
  await expect(page.getByRole('heading', { name: 'Results for “cup”' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toContainText('page 1 of');

  await page.goto('/products?q=cup&page=999');
  await expect(page.getByRole('heading', { name: 'No offers on this page' })).toBeVisible();

  await page.goto('/products?q=zzqqxxnothing');
  await expect(page.getByRole('heading', { name: 'No offers match your search' })).toBeVisible();

  const api = await request.get('/api/products?pageSize=0');
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toMatchObject({
    code: 'invalid_request',
    message: expect.stringContaining('pageSize'),
  });
});

test('the search form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page
    .getByRole('combobox', { name: /search products/i })
    .first()
    .fill('yoga mat');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  await expect(page).toHaveURL(/\/products\?q=yoga\+mat$/);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toContainText(/Yoga Mat/i);
  await page.getByLabel('Factories only').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/factoryOnly=true/);
  await context.close();
});

test('the display currency can be changed and sticks', async ({ page }) => {
  await page.goto('/products?q=cup');
  const firstCard = page
    .getByRole('list', { name: 'Search results' })
    .getByRole('listitem')
    .first();
  await expect(firstCard).toContainText('≈ $');
  await page.getByLabel('Display currency').selectOption('EUR');
  await expect(firstCard).toContainText('≈ €');
  await expect(page).toHaveURL(/\/products\?q=cup$/);
  await page.goto('/');
  await expect(
    page.getByRole('list', { name: 'Trending offers' }).getByRole('listitem').first(),
  ).toContainText('≈ €');
});

test('seller descriptions are sanitized and remote pictures are not loaded in mock mode', async ({
  page,
}) => {
  // Offer 7 of the mock catalog carries a script, an onerror handler and a remote picture.
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto(`/products/${offerIdFor(7)}`);
  await expect(page.getByRole('heading', { name: 'Seller’s description' })).toBeVisible();
  await expect(page.locator('.seller-html')).toContainText('Contact the shop');
  await expect(page.locator('.seller-html script')).toHaveCount(0);
  await expect(page.locator('.seller-html [onerror]')).toHaveCount(0);
  await expect(page.locator('.seller-html a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('.seller-html img[src^="http"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
  await expect(page).not.toHaveTitle('tracked');
});

test('a product page is rendered once, then served from Next.js’s cache with CDN headers', async ({
  request,
}) => {
  const url = `/products/${offerIdFor(11)}`;
  const html = { Accept: 'text/html' };
  const first = await request.get(url, { headers: html });
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toMatch(/^s-maxage=60, stale-while-revalidate=\d+$/);
  const second = await request.get(url, { headers: html });
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await second.text()).toBe(await first.text());
  // Navigation requests (the client router) get the same page's data from the same cache.
  const navigation = await request.get(url, { headers: { RSC: '1' } });
  expect(navigation.status()).toBe(200);
  expect(navigation.headers()['content-type']).toContain('text/x-component');
});

test('one search written two ways is one cached page, and it works like a fresh one', async ({
  page,
}) => {
  const first = await page.goto('/products?q=phone+case&sort=sales');
  expect(first?.headers()['cache-control']).toMatch(/^s-maxage=60, stale-while-revalidate=\d+$/);
  const second = await page.goto('/products?sort=sales&page=1&q=phone%20case');
  expect(second?.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(page.getByRole('heading', { name: 'Results for “phone case”' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('sales');
  // The page hydrates: the sort control navigates through the client router.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('price_asc');
  await expect(page).toHaveURL(/sort=price_asc/);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();
});

test('/api-status is never cached', async ({ request }) => {
  const res = await request.get('/api-status');
  expect(res.headers()['cache-control']).toContain('no-store');
  expect(res.headers()['x-nextjs-cache']).toBeUndefined();
});

test('text typed into the search box before the page is interactive is kept and searched', async ({
  page,
}) => {
  // The page's scripts are held back until the buyer has typed.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const box = page.getByRole('combobox', { name: /search products/i }).first();
  await box.fill('手机壳');
  release();
  await page.waitForLoadState('load');
  // Once interactive, the box offers suggestions for what it holds when it gets focus.
  await expect(async () => {
    await box.blur();
    await box.focus();
    await expect(box).toHaveAttribute('aria-expanded', 'true', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(box).toHaveValue('手机壳');
  await box.press('Escape');
  await expect(box).toHaveValue('手机壳');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Results for “手机壳”' })).toBeVisible();
});

test('the header search box comes with the page, holding the words searched', async ({
  request,
}) => {
  const html = await (await request.get('/products?q=phone%20case&sort=price_asc')).text();
  expect(html).toMatch(/<input[^>]*id="q-header"[^>]*value="phone case"/);
  const home = await (await request.get('/')).text();
  expect(home).toMatch(/<input[^>]*id="q-header"[^>]*value=""/);
});

test('while the next search loads, a bar runs, the page dims and the wait is announced', async ({
  page,
}) => {
  await page.goto('/products?q=bag');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results).toBeVisible();
  // Hold the next page's data until the waiting state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.searchParams.has('_rsc') && url.searchParams.get('page') === '2',
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('link', { name: /Next/ })
    .click();
  await expect(page.locator('.nav-progress')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-navigating', '');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the page…' })).toBeAttached();
  await expect(page.locator('#main')).toHaveCSS('opacity', '0.6');
  release();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId('result-count')).toContainText('page 2 of');
  await expect(page.locator('.nav-progress')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating');
  await expect(page.locator('#main')).toHaveCSS('opacity', '1');
});
