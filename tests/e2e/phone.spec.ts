import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, signIn, test } from './fixtures';

/**
 * The storefront on a phone (run by the `mock-phone` project, 390 px wide): the filters in a
 * drawer, results on the first screen, and no page wider than a 320 px screen.
 */

const firstOffer = async (base: string) =>
  (await (await fetch(`${base}/api/products?q=phone&pageSize=1`)).json()).data.items[0] as {
    id: string;
    supplier: { id: string };
  };

test('the filters open in a drawer that keeps focus and gives it back', async ({ page }) => {
  await page.goto('/products?q=phone');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  // The panel itself is not on the phone's page, only the button that opens it.
  await expect(page.getByLabel('Factories only')).toBeHidden();
  const button = page.getByRole('button', { name: 'Filters', exact: true });
  await button.click();

  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('Factories only')).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Close filters' })).toBeFocused();
  // Tab goes round the drawer and never reaches the page behind it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();

  // With the keyboard only: open it again, close it with its button.
  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();
});

test('a filter applied in the drawer narrows the results and is counted on the button', async ({
  page,
}) => {
  await page.goto('/products?q=phone');
  const allCount = await page.getByTestId('result-count').textContent();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await drawer.getByLabel('Ships within 48 hours').check();
  await drawer.getByLabel('Minimum order at most').fill('10');
  await drawer.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/shipsIn48h=true/);
  await expect(page.getByTestId('result-count')).not.toHaveText(allCount!);
  await expect(page.getByRole('button', { name: 'Filters (2 active)' })).toBeVisible();
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: 'Filters (2 active)' }).click();
  await expect(drawer.getByLabel('Ships within 48 hours')).toBeChecked();
  await expect(drawer.getByLabel('Minimum order at most')).toHaveValue('10');
});

test('a category picked in the drawer closes it and shows its results', async ({ page }) => {
  await page.goto('/products?q=phone');
  await expect(page.getByTestId('list-count')).toBeVisible();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await drawer.locator('a[href*="category="]').first().click();
  await expect(page).toHaveURL(/category=\d+/);
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Its results, or the message that "phone" has none in it.
  await expect(page.locator('#results')).toBeVisible();
});

test('without JavaScript the filters are on the page, above the results', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`${E2E.mock}/products?q=phone`);
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await page.getByLabel('Factories only').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/factoryOnly=true/);
  await expect(page.getByLabel('Factories only')).toBeChecked();
  await context.close();
});

test('search results start on the first screen', async ({ page }) => {
  for (const path of ['/products?q=phone', '/products?category=101']) {
    await page.goto(path);
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    const box = (await first.boundingBox())!;
    expect(box.y, `${path}: the first result's top`).toBeLessThan(844 - 150);
  }
});

test('home, search and product pages do not shift as they load', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) w.shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const offer = await firstOffer(E2E.mock);
  for (const path of ['/', '/products?q=phone', `/products/${offer.id}`]) {
    await page.goto(path);
    await page.waitForLoadState('load');
    // The list count and the deferred parts load after the page is interactive.
    await expect(page.getByTestId('list-count')).toBeVisible();
    await page.waitForTimeout(1000);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift, `${path}: cumulative layout shift`).toBeLessThanOrEqual(0.01);
  }
});

test('the first paint waits for the whole header, so its search box never moves down', async ({
  page,
}) => {
  // Painted half-parsed, the header would show its search box (first in reading order) where
  // the links (shown first on a phone) arrive a moment later.
  for (const path of ['/', '/products?q=phone', '/list', '/ru/categories']) {
    await page.goto(path);
    const target = await page
      .locator('head link[rel="expect"][blocking="render"]')
      .getAttribute('href');
    // The header's last element: the header is whole, the page after it need not be.
    expect(target, path).toBe('#header-end');
    await expect(page.locator('header > :last-child'), path).toHaveId('header-end');
  }
});

/** Pages wider than the screen scroll sideways: the whole page must fit 320 px. */
async function fits320(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState('load');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${url} is ${width} px wide`).toBeLessThanOrEqual(320);
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [mode, base] of [
    ['mock', E2E.mock],
    ['live', E2E.live],
  ] as const) {
    test(`no page scrolls sideways (${mode})`, async ({ page }) => {
      test.setTimeout(90_000);
      const offer = await firstOffer(base);
      const paths = [
        '/',
        '/products?q=phone',
        '/products?q=zzzzqqqq',
        '/products?category=101',
        `/products/${offer.id}`,
        '/categories',
        `/suppliers/${offer.supplier.id}`,
        '/list',
        `/compare?ids=${offer.id}&qty=500`,
        '/api-status',
      ];
      for (const path of paths) await fits320(page, base + path);
      // The operator's view of /api-status: the API names and the activity table.
      await signIn(page, base);
      await fits320(page, `${base}/api-status`);
    });
  }

  test('a sourcing list with a line fits, its folded parts open', async ({ page }) => {
    const offer = await firstOffer(E2E.mock);
    await page.goto(`/products/${offer.id}`);
    await expect(page.getByTestId('list-count')).toBeVisible();
    await page.getByRole('spinbutton').and(page.locator(':enabled')).first().fill('200');
    await page.getByRole('button', { name: 'Add to sourcing list' }).click();
    await expect(page.getByTestId('list-count')).toHaveText(/^1 line/);
    for (const path of ['/list', `/products/${offer.id}`]) {
      await page.goto(path);
      await expect(page.getByTestId('list-count')).toBeVisible();
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(320);
    }
  });

  test('the filter drawer fits', async ({ page }) => {
    await page.goto('/products?q=phone');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    const box = (await drawer.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
});
