import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Product, ProductSummary } from '@/lib/domain/schemas';
import { expect, test, yuan } from './fixtures';

/**
 * The buyer's sourcing workflow, end to end in Chromium (desktop, and a 390 px phone in the
 * mock-phone project): order three variants from search, a second supplier's offer, the list
 * with its supplier groups and totals, the CSV, the share link in a fresh browser, and a
 * comparison of three offers at 500 pieces.
 */

const fen = (yuan: number) => Math.round(yuan * 100);
const tierFor = (p: Product, qty: number) =>
  p.tiers.reduce((found, t) => (qty >= t.minQuantity ? t : found), p.tiers[0]!);
/** A quantity cell's name: "Black, M" in a two-axis grid, "Black / M" in rows. */
const label = (p: Product, skuId: string) => {
  const values = p.skus.find((s) => s.id === skuId)!.attributes.map((a) => a.value);
  return values.join(values.length === 2 ? ', ' : ' / ');
};

async function products(request: APIRequestContext, q: string): Promise<Product[]> {
  const page: ProductSummary[] = (
    await (await request.get(`/api/products?q=${encodeURIComponent(q)}&pageSize=40`)).json()
  ).data.items;
  return Promise.all(
    page.map(async (s) => (await (await request.get(`/api/products/${s.id}`)).json()).data),
  );
}

/** A tiered offer with three variants in stock, whose second tier three of them can reach. */
function pickTiered(list: Product[]) {
  for (const p of list) {
    const inStock = p.skus.filter((s) => s.stock >= 400);
    const second = p.tiers[1];
    if (p.pricing !== 'tiered' || inStock.length < 3 || !second || second.minQuantity > 600)
      continue;
    const lot = p.lotSize;
    const total = Math.ceil(second.minQuantity / lot) * lot;
    const first = Math.ceil(total / 3 / lot) * lot;
    const quantities = [first, first, total - 2 * first];
    if (quantities[2]! <= 0) continue;
    return { product: p, skus: inStock.slice(0, 3), quantities, total };
  }
  throw new Error('no tiered offer with three variants in stock');
}

async function typeQuantity(page: Page, name: string, quantity: number) {
  const cell = page.getByRole('spinbutton', { name: `${name} quantity` });
  await cell.focus();
  // Keyboard only: type the number, then step it up and back down with the arrows.
  await page.keyboard.type(String(quantity));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expect(cell).toHaveValue(String(quantity));
}

test('search → order across variants → list of two suppliers → CSV → share → compare', async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const a = pickTiered(await products(request, 'phone case'));
  const tierA = tierFor(a.product, a.total);
  const others = (await products(request, 'yoga mat')).filter(
    (p) => p.supplier.id !== a.product.supplier.id && p.skus.some((s) => s.stock >= p.moq),
  );
  const b = others[0]!;
  const bSku = b.skus.find((s) => s.stock >= b.moq)!;
  const bQty = b.moq;
  const bUnit = b.pricing === 'per_sku' ? bSku.price : tierFor(b, bQty).price;

  await test.step('choose three variants’ quantities: tier and total follow', async () => {
    await page.goto('/products?q=phone+case');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: a.product.title, exact: true })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.product.title);
    for (const [i, sku] of a.skus.entries()) {
      await typeQuantity(page, label(a.product, sku.id), a.quantities[i]!);
    }
    await expect(page.getByTestId('total-quantity')).toHaveText(`${a.total} pieces`);
    await expect(page.getByTestId('unit-price')).toHaveText(`CN¥${tierA.price.toFixed(2)}`);
    expect(yuan(await page.getByTestId('total').textContent())).toBe(
      (fen(tierA.price) * a.total) / 100,
    );
    await expect(page.locator('tr[aria-current="true"]')).toContainText(
      `${a.product.tiers[1]!.minQuantity}`,
    );
    await page.getByRole('button', { name: 'Add to sourcing list' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(
      `Added ${a.total} pieces in 3 variants`,
    );
    await expect(page.getByTestId('list-count')).toHaveText('3 lines in your sourcing list');
  });

  await test.step('a second offer from another supplier', async () => {
    await page.goto(`/products/${b.id}`);
    const cell = page.getByRole('spinbutton', { name: `${label(b, bSku.id)} quantity` });
    await cell.fill(String(bQty));
    await page.getByRole('button', { name: 'Add to sourcing list' }).click();
    await expect(page.getByTestId('list-count')).toHaveText('4 lines in your sourcing list');
  });

  const expectedTotal = fen(tierA.price) * a.total + fen(bUnit) * bQty;

  await test.step('the list shows two supplier groups and the right totals', async () => {
    await page.getByRole('link', { name: /^List \d+ lines? in your sourcing list$/ }).click();
    await expect(page).toHaveURL(/\/list$/);
    await expect(page.getByTestId('check-status')).toContainText('Prices and stock are current');
    const groups = page.getByTestId('supplier-group');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0)).toContainText(a.product.supplier.name);
    await expect(groups.nth(1)).toContainText(b.supplier.name);
    expect(yuan(await groups.nth(0).getByTestId('supplier-subtotal').textContent())).toBe(
      (fen(tierA.price) * a.total) / 100,
    );
    expect(yuan(await page.getByTestId('list-total').textContent())).toBe(expectedTotal / 100);
    await expect(page.getByTestId('landed-cost')).toContainText('Estimated landed cost');
  });

  await test.step('download the CSV and check its rows', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pifa-sourcing-list-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    a.skus.forEach((sku, i) => {
      expect(rows[i]).toMatchObject({
        '1688 offer URL': a.product.sourceUrl,
        'Offer ID': a.product.id,
        'Title (ZH)': a.product.titleZh,
        'SKU ID': sku.id,
        Quantity: String(a.quantities[i]),
        'Unit price (CNY)': tierA.price.toFixed(2),
        'Line total (CNY)': ((fen(tierA.price) * a.quantities[i]!) / 100).toFixed(2),
        'Supplier ID': a.product.supplier.id,
      });
    });
    expect(rows[3]).toMatchObject({ 'Offer ID': b.id, Quantity: String(bQty) });
  });

  let link = '';
  await test.step('the share link opens read-only in a fresh browser and imports', async () => {
    await page.getByRole('button', { name: 'Share link' }).click();
    link = await page.getByLabel(/^Share link/).inputValue();
    expect(link).toMatch(/\/list#share=/);
    const fresh = await browser.newContext({ baseURL, viewport: page.viewportSize()! });
    const other = await fresh.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByRole('heading', { name: 'Shared sourcing list' })).toBeVisible();
    await expect(other.getByTestId('supplier-group')).toHaveCount(2);
    await expect(other.getByRole('button', { name: 'Remove' })).toHaveCount(0);
    await other.getByRole('button', { name: 'Import into my list' }).click();
    await expect(other.getByText('Imported 4 lines into your list.')).toBeVisible();
    await other.getByRole('link', { name: 'Open my list' }).click();
    await expect(other.getByRole('heading', { name: 'Sourcing list', exact: true })).toBeVisible();
    expect(yuan(await other.getByTestId('list-total').textContent())).toBe(expectedTotal / 100);
    await fresh.close();
  });

  await test.step('compare three offers at 500 pieces', async () => {
    await page.goto('/products?q=phone+case');
    const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const toggle = cards.nth(i).getByRole('button', { name: /^Compare / });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      const href = await cards.nth(i).getByRole('link').first().getAttribute('href');
      ids.push(href!.split('/').pop()!);
    }
    await page.getByRole('link', { name: 'Compare 3 offers' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${ids.join(',')}`));
    const qty = page.getByLabel('Compare at quantity');
    // Once the offers are in: until then the box shows a default that they then replace.
    await expect(
      page.getByRole('button', { name: /^Remove .* from the comparison$/ }).first(),
    ).toBeVisible();
    await qty.fill('500');
    await qty.press('Enter');
    await expect(page).toHaveURL(/qty=500/);
    const compared: Product[] = await Promise.all(
      ids.map(async (id) => (await (await request.get(`/api/products/${id}`)).json()).data),
    );
    const expected = compared.map((p) => {
      if (p.pricing === 'tiered') return tierFor(p, 500).price;
      const pool = p.skus.some((s) => s.stock > 0) ? p.skus.filter((s) => s.stock > 0) : p.skus;
      return Math.min(...pool.map((s) => s.price));
    });
    const wide = (page.viewportSize()?.width ?? 1280) >= 768;
    const blocks = wide
      ? page.getByTestId('compare-table').locator('tbody tr').first().locator('td')
      : page.getByTestId('compare-card');
    await expect(blocks).toHaveCount(3);
    for (const [i, price] of expected.entries()) {
      await expect(blocks.nth(i)).toContainText(`CN¥${price.toFixed(2)}`);
    }
    const cheapest = expected.indexOf(Math.min(...expected));
    if (new Set(expected).size > 1) {
      const cell = wide
        ? blocks.nth(cheapest)
        : blocks.nth(cheapest).locator('div').filter({ hasText: 'Unit price at 500' });
      await expect(cell).toContainText('Best');
    }
  });
});

test('a corrupt saved list is reported and set aside, never a crash', async ({ page }) => {
  await page.goto('/list');
  await page.evaluate(() => localStorage.setItem('pifa.sourcing-list', '{"version":1,"offers":7'));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'saved list' })).toContainText(
    'Your saved list could not be opened',
  );
  await expect(page.getByRole('heading', { name: 'Your sourcing list is empty' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('pifa.sourcing-list.set-aside'))).toContain(
    '"raw"',
  );
});

test('the dropshipping filter keeps offers sold by the piece', async ({ page }) => {
  await page.goto('/products?q=phone');
  // On a phone the filters are behind a button that opens them in a drawer.
  const filters = page.getByRole('button', { name: /^Filters/ });
  if (await filters.isVisible()) await filters.click();
  await page.getByLabel('Dropshipping (one piece)').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/onePiece=true/);
  const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(cards.first()).toContainText('Dropship');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const text of await cards.allTextContents()) expect(text).toContain('Dropship');
});
