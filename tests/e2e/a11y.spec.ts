import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, signIn, test } from './fixtures';

/**
 * axe-core on every page type, desktop and phone, mock and live: any violation fails, target
 * sizes included.
 */

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const PAGES: [string, (id: string) => string][] = [
  ['home', () => '/'],
  ['search', () => '/products?q=phone'],
  ['empty search', () => '/products?q=zzzzqqqq'],
  ['category', () => '/products?category=101'],
  ['product', (id) => `/products/${id}`],
  ['category list', () => '/categories'],
  ['404', () => '/no-such-page'],
  ['unknown product', () => '/products/123456789012'],
  ['api-status (visitor)', () => '/api-status'],
  ['sourcing list (empty)', () => '/list'],
  ['compare', (id) => `/compare?ids=${id}&qty=500`],
];

async function violations(page: Page): Promise<string[]> {
  // Touch targets of at least 24 × 24 px (WCAG 2.2 AA), a rule axe leaves off by default.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

const firstOffer = async (base: string) =>
  (await (await fetch(`${base}/api/products?q=phone&pageSize=1`)).json()).data.items[0].id;

for (const viewport of VIEWPORTS) {
  for (const [mode, base] of [
    ['mock', E2E.mock],
    ['live', E2E.live],
  ] as const) {
    test.describe(`${viewport.name}, ${mode}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      for (const [label, path] of PAGES) {
        test(`${label}: no axe violation`, async ({ page }) => {
          await page.goto(base + path(await firstOffer(base)));
          await page.waitForLoadState('load');
          expect(await violations(page)).toEqual([]);
        });
      }

      test('api-status (operator): no axe violation', async ({ page }) => {
        await signIn(page, base);
        expect(await violations(page)).toEqual([]);
      });
    });
  }

  test(`a failing page (${viewport.name}, live): no axe violation`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await fetch(`${E2E.gateway}/__fake/failures`, {
      method: 'POST',
      body: JSON.stringify({ api: 'product.search.keywordQuery', kind: 'acl', times: 5 }),
    });
    try {
      await page.goto(`${E2E.live}/products?q=a11y-${viewport.name}-${Date.now()}`);
      await expect(
        page.getByRole('alert').filter({ hasText: 'could not be loaded' }),
      ).toBeVisible();
      expect(await violations(page)).toEqual([]);
    } finally {
      await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
    }
  });
}
