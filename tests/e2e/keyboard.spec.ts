import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The storefront with the keyboard only: skip links, and where focus goes on navigating. */

test('"Skip to results" follows "Skip to content" and lands on the results', async ({ page }) => {
  await page.goto('/products?q=phone');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to results' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeFocused();
  // The next Tab goes to the first result, not back to the header.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => !!document.activeElement?.closest('ul[aria-label="Search results"]')),
  ).toBe(true);
});

test('with no results, "Skip to results" lands on the message that says so', async ({ page }) => {
  await page.goto('/products?q=zzzzqqqq');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results')).toBeFocused();
  await expect(page.locator('#results')).toContainText('No offers match your search');
});

test('pages without results have no "Skip to results" link', async ({ page }) => {
  await page.goto('/categories');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('a[href="#results"]')).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(
    '#results',
  );
});

test('after a client-side navigation focus is on the new page heading', async ({ page }) => {
  await page.goto('/products?q=phone');
  // The first load leaves focus alone.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  const card = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  const title = (await card.getByRole('heading').textContent())!.trim();
  await card.getByRole('heading').getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/products\/\d{12}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // A category link in the filter panel: the results' heading.
  await page.goto('/products?category=101');
  const sub = page
    .getByRole('complementary', { name: 'Filters' })
    .locator('a[href*="category="]')
    .first();
  await sub.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/category=\d{5}/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

/** Client components answer once the page is interactive (the list count loads after it). */
async function interactive(page: Page) {
  await expect(page.getByTestId('list-count')).toBeVisible();
}

test('typing in the search box keeps focus there, and picking a suggestion too', async ({
  page,
}) => {
  await page.goto('/products?q=phone');
  await interactive(page);
  const box = page.getByRole('combobox', { name: /search products/i }).first();
  await box.focus();
  await box.fill('');
  await page.keyboard.type('yoga', { delay: 50 });
  const list = page.getByRole('listbox', { name: 'Suggestions' }).first();
  // The suggestions for what was typed (the list follows the box once the typing pauses).
  await expect(list.getByRole('option').first()).toContainText(/yoga/i);
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { selected: true })).toContainText(/yoga/i);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/products\?(q=yoga|category=)/);
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  // The new page's search box: the buyer can refine the search at once.
  await expect(page.getByRole('combobox', { name: /search products/i }).first()).toBeFocused();
});

test('the sort select keeps focus as it reorders the results', async ({ page }) => {
  await page.goto('/products?q=phone');
  await interactive(page);
  const sort = page.getByLabel('Sort by');
  await sort.focus();
  await sort.selectOption('price_asc');
  await expect(page).toHaveURL(/sort=price_asc/);
  await expect(page.getByLabel('Sort by')).toHaveValue('price_asc');
  await expect(page.getByLabel('Sort by')).toBeFocused();
});
