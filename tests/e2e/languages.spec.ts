import { expect, test } from './fixtures';

test('the language picker switches to Russian and keeps it through search and an offer', async ({
  page,
}) => {
  await page.goto('/products?q=cup');
  await page.getByLabel('Language').selectOption('ru');
  await expect(page).toHaveURL(/\/ru\/products\?q=cup$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('result-count')).toContainText(/предложени/);

  await page
    .getByRole('combobox', { name: /Ищите товары/ })
    .first()
    .fill('yoga mat');
  await page.getByRole('button', { name: 'Найти', exact: true }).first().click();
  await expect(page).toHaveURL(/\/ru\/products\?q=yoga\+mat$/);
  const first = page.getByRole('list', { name: 'Результаты поиска' }).getByRole('listitem').first();
  await expect(first).toContainText(/\d,\d{2}\sCN¥/);
  await expect(first).toContainText('Мин. заказ');

  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/ru\/products\/\d+$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: /Цена по/ })).toBeVisible();
  await expect(page.getByText(/продано за 30 дней/).first()).toBeVisible();
  await expect(page.locator('[lang="zh"]').first()).toBeAttached();

  // The choice sticks: an English URL sends this shopper to the Russian page.
  await page.goto('/categories');
  await expect(page).toHaveURL(/\/ru\/categories$/);

  // And back to English.
  await page.getByLabel('Язык').selectOption('en');
  await expect(page).toHaveURL(/\/categories$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language picker works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/products?q=cup');
  await page.getByLabel('Language').selectOption('es');
  await page.locator('form:has(#language)').getByRole('button').click();
  await expect(page).toHaveURL(/\/es\/products\?q=cup$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('result-count')).toContainText(/ofertas/);
  await context.close();
});

test('a first visit offers the browser’s language, and prefixed pages are localized', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  const response = await page.goto('/');
  // The page itself is the same English page for everyone (cacheable), with a hint.
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const hint = page.getByRole('region', { name: 'Esta página también está en español.' });
  await hint.getByRole('button', { name: 'Ver en español' }).click();
  await expect(page).toHaveURL(/\/es$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('fábricas chinas');
  await expect(page.getByRole('region', { name: /español/ })).toHaveCount(0);
  await context.close();
});

test('prefixed URLs keep the proxy’s rules', async ({ request, page }) => {
  const search = await request.get('/zh/products?q=cup');
  expect(search.status()).toBe(200);
  expect(await search.text()).toContain('<html lang="zh"');
  expect(search.headers()['content-security-policy']).toBeTruthy();
  // English has one address, without a prefix: "/en/…" never reaches the routes behind it.
  const english = await request.get('/en/categories?x=1', { maxRedirects: 0 });
  expect(english.status()).toBe(308);
  expect(english.headers()['location']).toMatch(/^(http:\/\/[^/]+)?\/categories\?x=1$/);
  const inner = await request.get('/en/products/search/cT1jdXA', { maxRedirects: 0 });
  expect(inner.status()).toBe(308);
  expect((await request.get('/en/products/search/cT1jdXA')).status()).toBe(404);
  const internal = await request.get('/ru/products/search/q=cup');
  expect(internal.status()).toBe(404);
  const post = await request.post('/ru/products?q=cup');
  expect(post.status()).toBe(405);
  expect(await post.text()).toContain('<h1>Эту страницу можно только читать</h1>');
  const pasted = await request.get(
    '/ru/products?q=' + encodeURIComponent('https://detail.1688.com/offer/610000000001.html'),
    { maxRedirects: 0 },
  );
  expect(pasted.status()).toBe(303);
  expect(pasted.headers()['location']).toMatch(/\/ru\/products\/610000000001$/);
  const categories = await request.get('/es/categories');
  const html = await categories.text();
  expect(html).toContain('<html lang="es"');
  expect(html).toMatch(/rel="canonical" href="[^"]*\/es\/categories"/);
  expect(html).toMatch(/hrefLang="ru" href="[^"]*\/ru\/categories"/i);
  const missing = await request.get('/ru/no-such-page');
  expect(missing.status()).toBe(404);
  await page.goto('/ru/no-such-page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Такой страницы нет');
});

test('the API status page speaks the page’s language', async ({ page }) => {
  await page.goto('/ru/api-status');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Состояние API');
  await expect(page.getByTestId('data-source')).toHaveText('Демонстрационные данные');
  await expect(page.getByTestId('config-status')).toContainText(
    'Учётные данные API не настроены: работает демонстрационный каталог.',
  );
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
});

test('a shared link to a Russian offer or category previews in Russian', async ({
  page,
  request,
}) => {
  for (const path of ['/ru/products/606877161571', '/ru/products?category=107']) {
    await page.goto(path);
    const image = page.locator('meta[property="og:image"]');
    const url = new URL((await image.getAttribute('content'))!);
    expect(url.pathname).toMatch(/^\/ru\/products\/.+\/opengraph-image\/card$/);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      'content',
      /оптов|Оптов/,
    );
    const picture = await request.get(url.pathname + url.search);
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    expect((await picture.body()).length).toBeGreaterThan(10_000);
  }
});
