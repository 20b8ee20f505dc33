import { expect, type Page, test as base } from '@playwright/test';
import { E2E } from './env';

/**
 * Every page records the hosts it requests; a test fails if anything left this machine.
 * (In mock mode the storefront needs nothing but itself.)
 */
export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
          offsite.push(request.url());
      });
      await use(offsite);
      expect(offsite, 'requests to hosts other than this machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The numeric value of a "CN¥1,234.50" text. */
export function yuan(text: string | null): number {
  const m = /CN¥([\d,]+\.\d{2})/.exec(text ?? '');
  if (!m) throw new Error(`no CNY amount in ${JSON.stringify(text)}`);
  return Number(m[1]!.replace(/,/g, ''));
}

/** Signs the browser in as operator on a server's /api-status, as an operator would. */
export async function signIn(page: Page, base: string) {
  await page.goto(`${base}/api-status`);
  // Cookies belong to a host, not a port: a session from another test server may be here.
  if ((await page.getByTestId('operator-state').textContent()) === 'Signed in as operator.') return;
  await page.getByLabel('Admin token').fill(E2E.adminToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('operator-state')).toHaveText('Signed in as operator.');
}

export const operatorHeaders = { authorization: `Bearer ${E2E.adminToken}` };
