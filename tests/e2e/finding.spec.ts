import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The first picture of a results page, as a buyer would screenshot it. */
async function screenshotFirstPicture(page: Page, url: string) {
  await page.goto(url);
  const card = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  const title = await card.getByRole('heading').innerText();
  const img = card.locator('img');
  await img.scrollIntoViewIfNeeded();
  await expect(img).toHaveJSProperty('complete', true);
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  return { title, picture: await img.screenshot() };
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: /search products/i }).first();

test('upload a picture of a product: that product is in the first row, with its look-alikes', async ({
  page,
}) => {
  const { title, picture } = await screenshotFirstPicture(page, '/products?q=necklace');
  await page.goto('/');
  await page.getByRole('button', { name: 'Search by picture' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search by picture' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: picture });
  // The first picture search fingerprints the catalog's pictures (once), so it may take a while.
  await expect(page).toHaveURL(/\/products\?image=[\w-]{22}$/, { timeout: 60_000 });
  await expect(
    page.getByRole('heading', { name: 'Offers that look like your picture' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Your picture' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  const firstRow = await cards.evaluateAll((items) => {
    const top = items[0]!.getBoundingClientRect().top;
    return items
      .filter((i) => Math.abs(i.getBoundingClientRect().top - top) < 2)
      .map((i) => i.querySelector('h3')!.textContent);
  });
  expect(firstRow).toContain(title);
  // The usual sorts work on picture results.
  await page.getByLabel('Sort by').selectOption('price_asc');
  await expect(page).toHaveURL(/image=.*sort=price_asc/);
  await expect(
    page.getByRole('heading', { name: 'Offers that look like your picture' }),
  ).toBeVisible();
});

test('a file that is not a picture is refused with what is accepted', async ({ page }) => {
  await page.goto('/products?q=cup');
  await page.getByRole('button', { name: 'Search by picture' }).first().click();
  await page
    .getByRole('dialog', { name: 'Search by picture' })
    .getByLabel('Choose a picture')
    .setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not a picture at all'),
    });
  await expect(page.getByRole('alert').filter({ hasText: 'JPEG, PNG, WebP or GIF' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Search by picture' }).first()).toBeFocused();
});

test('paste a 1688 link: straight to the product page, with or without JavaScript', async ({
  page,
  request,
  browser,
}) => {
  const items = (await (await request.get('/api/products?q=bag&pageSize=1')).json()).data.items;
  const id = items[0].id as string;
  await page.goto('/');
  const box = searchBox(page);
  await box.fill(
    `【1688】看看这个 https://m.1688.com/offer/${id}.html?spm=a26g8.7664812&tracelog=share 复制打开`,
  );
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/products/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(items[0].title);

  const raw = await request.get(
    `/products?q=${encodeURIComponent(`https://detail.1688.com/offer/${id}.html#x`)}`,
    {
      maxRedirects: 0,
    },
  );
  expect(raw.status()).toBe(303);
  expect(raw.headers().location).toMatch(new RegExp(`/products/${id}$`));

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('/');
  await plain
    .getByRole('combobox', { name: /search products/i })
    .first()
    .fill(`https://detail.1688.com/offer/${id}.html`);
  await plain.getByRole('button', { name: 'Search', exact: true }).first().click();
  await expect(plain).toHaveURL(new RegExp(`/products/${id}$`));
  await noScript.close();

  await page.goto(
    `/products?q=${encodeURIComponent('https://item.taobao.com/item.htm?id=678901234567')}`,
  );
  await expect(
    page.getByRole('heading', { name: 'This is a Taobao link: pifa covers 1688.com' }),
  ).toBeVisible();
});

test('supplier card → supplier page → search within the shop', async ({ page }) => {
  await page.goto('/products?q=plush');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('listitem')
    .first()
    .getByRole('heading')
    .getByRole('link')
    .click();
  const card = page.getByRole('region', { name: 'Supplier' });
  const name = await card.locator('p.font-medium').first().innerText();
  await card.getByRole('link', { name: 'Visit the supplier’s shop →' }).click();
  await expect(page).toHaveURL(/\/suppliers\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Service score')).toBeVisible();
  const all = page.getByRole('list', { name: 'Supplier offers' }).getByRole('listitem');
  await expect(all.first()).toBeVisible();
  const word = (await all.first().getByRole('heading').innerText()).split(' ').pop()!;
  const shop = page.getByRole('search', { name: 'This supplier’s offers' });
  await shop.getByRole('searchbox').fill(word);
  await shop.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/suppliers/[\\w-]+\\?q=${word}$`));
  await expect(page.getByRole('heading', { name: `Offers matching “${word}”` })).toBeVisible();
  // Offers whose titles have the word come first (others may be filed under it).
  const first = page.getByRole('list', { name: 'Supplier offers' }).getByRole('heading').first();
  await expect(first).toContainText(new RegExp(word, 'i'));
  await page.getByLabel('Sort by').selectOption('price_desc');
  await expect(page).toHaveURL(/sort=price_desc/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  expect((await page.goto('/suppliers/b2b-2200000000000'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This supplier isn’t available' })).toBeVisible();
});

test('type "bluet" and pick a suggestion with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // logo
  await page.keyboard.press('Tab'); // header search
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type('bluet');
  const list = page.getByRole('listbox', { name: 'Suggestions' }).first();
  await expect(list.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = list.getByRole('option', { selected: true });
  await expect(chosen).toHaveCount(1);
  await expect(box).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id'))!);
  const text = (await chosen.locator('span').first().innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/products\?(q|category)=/);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toContainText(/bluetooth/i);
  expect(text.toLowerCase()).toContain('bluetooth');
});

test('a typo is corrected, said, and can be searched as typed', async ({ page }) => {
  await page.goto('/products?q=bluetoth');
  await expect(page.getByRole('heading', { name: 'Results for “bluetooth”' })).toBeVisible();
  const notice = page.getByTestId('search-interpretation');
  await expect(notice).toContainText('Showing results for bluetooth');
  await notice.getByRole('link', { name: 'bluetoth' }).click();
  await expect(page).toHaveURL(/q=bluetoth&exact=true/);
  await expect(page.getByRole('heading', { name: 'No offers match your search' })).toBeVisible();
  await page.goto('/products?q=iphone+15+case');
  await expect(page.getByTestId('search-interpretation')).toContainText(
    'No offers match all of iphone 15 case; showing offers matching phone case',
  );
});
