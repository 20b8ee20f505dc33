import { expect, test as base } from '@playwright/test';

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
