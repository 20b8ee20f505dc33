import { E2E } from './env';
import { expect, test } from './fixtures';

test.afterEach(async () => {
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
});

test('live: image search goes through product.image.upload and imageQuery', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/products?q=lipstick');
  const card = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  const title = await card.getByRole('heading').innerText();
  const img = card.locator('img');
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  const picture = await img.screenshot();
  const before = await (await fetch(`${E2E.gateway}/__fake/calls`)).json();
  await page.getByRole('button', { name: 'Search by picture' }).first().click();
  await page
    .getByRole('dialog', { name: 'Search by picture' })
    .getByLabel('Choose a picture')
    .setInputFiles({
      name: 'shot.png',
      mimeType: 'image/png',
      buffer: picture,
    });
  // The fake gateway fingerprints its catalog's pictures once, in the background from its start.
  await expect(
    page.getByRole('heading', { name: 'Offers that look like your picture' }),
  ).toBeVisible({ timeout: 60_000 });
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const firstRow = (await cards.getByRole('heading').allInnerTexts()).slice(0, 4);
  expect(firstRow).toContain(title);
  const after = await (await fetch(`${E2E.gateway}/__fake/calls`)).json();
  expect(after['product.image.upload']).toBe((before['product.image.upload'] ?? 0) + 1);
  expect(after['product.search.imageQuery']).toBeGreaterThan(
    before['product.search.imageQuery'] ?? 0,
  );
});

test('live: supplier card → supplier page (querySellerOfferList) → search within the shop', async ({
  page,
}) => {
  await page.goto('/products?q=toy');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('listitem')
    .first()
    .getByRole('heading')
    .getByRole('link')
    .click();
  await page
    .getByRole('region', { name: 'Supplier' })
    .getByRole('link', { name: 'Visit the supplier’s shop →' })
    .click();
  await expect(page).toHaveURL(/\/suppliers\/[\w-]+$/);
  await expect(page.getByText('Service score')).toBeVisible();
  const offers = page.getByRole('list', { name: 'Supplier offers' }).getByRole('listitem');
  await expect(offers.first()).toBeVisible();
  const word = (await offers.first().getByRole('heading').innerText()).split(' ').pop()!;
  const shop = page.getByRole('search', { name: 'This supplier’s offers' });
  await shop.getByRole('searchbox').fill(word);
  await shop.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('heading', { name: `Offers matching “${word}”` })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Supplier offers' }).getByRole('listitem').first(),
  ).toContainText(word);
  const calls = await (await fetch(`${E2E.gateway}/__fake/calls`)).json();
  expect(calls['product.search.querySellerOfferList']).toBeGreaterThan(0);
});

test('live: suggestions from the synonym table and the categories read, picked with the keyboard; pasted links open the offer', async ({
  page,
  request,
}) => {
  // Live typeahead knows the synonym table's terms and the categories read so far.
  const api = await (await request.get('/api/suggest?q=headph')).json();
  expect(api.data.suggestions).toContainEqual(expect.objectContaining({ text: 'headphones' }));
  const top = await (await request.get('/api/suggest?q=consum')).json();
  expect(top.data.suggestions).toContainEqual(
    expect.objectContaining({ kind: 'category', text: 'Consumer Electronics' }),
  );
  await page.goto('/');
  // Typed before the page is interactive, the text would reach the box but not its typeahead.
  await page.waitForLoadState('networkidle');
  const box = page.getByRole('combobox', { name: /search products/i }).first();
  await box.focus();
  await page.keyboard.type('headph');
  await expect(
    page.getByRole('listbox', { name: 'Suggestions' }).first().getByRole('option').first(),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/products\?(category|q)=/);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();

  const id = (await (await request.get('/api/products?q=bag&pageSize=1')).json()).data.items[0]
    .id as string;
  await page.goto('/');
  await box.fill(`https://detail.1688.com/offer/${id}.html?spm=abc`);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/products/${id}$`));
  await expect(page.getByRole('heading', { name: 'Supplier', exact: true })).toBeVisible();
});
