import { E2E } from './env';
import { expect, operatorHeaders, signIn, test } from './fixtures';

test.afterEach(async () => {
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
});

test('(a) no credentials: not configured, mock data', async ({ page }) => {
  // A visitor learns the source, whether it is configured and its health, nothing more.
  await page.goto(`${E2E.mock}/api-status`);
  await expect(page.getByTestId('config-status')).toContainText('Status: not_configured');
  await expect(page.getByTestId('data-source')).toHaveText('Mock data');
  await expect(page.getByTestId('health')).toContainText('Working');
  await expect(page.getByTestId('app-key')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await signIn(page, E2E.mock);
  await expect(page.getByTestId('config-status')).toContainText('Status: not_configured');
  await expect(page.getByTestId('app-key')).toHaveText('Not configured');
  await expect(page.getByTestId('app-secret')).toHaveText('Not configured');
  await expect(page.getByTestId('data-source')).toContainText('Mock data');
  await expect(page.getByText('Live checks run when the live 1688 gateway serves')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Using mock data' })).toBeVisible();
});

test('(b) right credentials, no token: needs authorization → Connect → live data', async ({
  page,
}) => {
  await signIn(page, E2E.oauth);
  await expect(page.getByTestId('config-status')).toContainText('API credentials are configured!');
  await expect(page.getByTestId('app-key')).toHaveText('Configured (8 characters, ends in …78)');
  await expect(page.getByTestId('probe-gateway')).toContainText('OK');
  await expect(page.getByTestId('probe-search')).toContainText('Needs authorization');
  await expect(page.getByTestId('token-source')).toHaveText('None: not authorized');

  await page.getByRole('button', { name: 'Connect 1688 account' }).click();
  await expect(page).toHaveURL(`${E2E.oauth}/api-status?connected=1`);
  await expect(page.getByText('1688 account connected.')).toBeVisible();
  await expect(page.getByTestId('token-source')).toHaveText('Connected 1688 account (OAuth)');
  await expect(page.getByTestId('token-owner')).toHaveText('pifa-test-buyer');
  for (const id of ['gateway', 'categories', 'search', 'detail', 'image']) {
    await expect(page.getByTestId(`probe-${id}`)).toContainText('OK');
  }
  await expect(
    page.getByRole('status').filter({ hasText: 'Fetching real data from 1688.com' }),
  ).toBeVisible();
  // (f) neither the page nor the JSON carries the secret or the tokens just issued.
  for (const text of [
    await page.content(),
    await (await page.request.get(`${E2E.oauth}/api/status`)).text(),
  ]) {
    expect(text).not.toContain(E2E.appSecret);
    expect(text).not.toMatch(/fake-(at|rt)-/);
  }

  await page.goto(`${E2E.oauth}/products?q=phone`);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();

  // An expired access token is refreshed on the next call, without the operator.
  await fetch(`${E2E.gateway}/__fake/expire-tokens`, { method: 'POST' });
  await page.goto(`${E2E.oauth}/products?q=bag`);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();

  await page.goto(`${E2E.oauth}/api-status`);
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByTestId('token-source')).toHaveText('None: not authorized');
});

test('(c) wrong secret: signature rejected, with its fix', async ({ page }) => {
  await page.goto(`${E2E.wrongSecret}/api-status`);
  // Visitors see that it is failing; the operator sees why.
  await expect(page.getByTestId('health')).toContainText('Not working');
  await signIn(page, E2E.wrongSecret);
  const gateway = page.getByTestId('probe-gateway');
  await expect(gateway).toContainText('Signature rejected');
  await expect(gateway).toContainText('Check ALIBABA_APP_SECRET in .env.local');
  await expect(gateway).toContainText('gw.SignatureInvalid');
  await expect(page.getByTestId('probe-search')).toContainText('Not run');
});

test('(d) one API denied: not granted, with how to apply', async ({ page }) => {
  await signIn(page, E2E.live);
  await fetch(`${E2E.gateway}/__fake/failures`, {
    method: 'POST',
    body: JSON.stringify({ api: 'product.search.imageQuery', kind: 'acl' }),
  });
  await page.getByRole('button', { name: 'Run checks again' }).click();
  const image = page.getByTestId('probe-image');
  await expect(image).toContainText('Not granted');
  await expect(image).toContainText('Apply for product.search.imageQuery');
  await expect(image).toContainText('1–3 business days');
  await expect(image).toContainText('gw.APIACLDecline');
  await expect(page.getByTestId('probe-search')).toContainText('OK');
  await expect(page.getByRole('list', { name: 'Last upstream errors' })).toContainText(
    'gw.APIACLDecline',
  );
});

test('(e) a tampered state is refused with 400', async ({ page, request }) => {
  const login = await request.post(`${E2E.oauth}/api/auth/1688/login`, {
    maxRedirects: 0,
    headers: operatorHeaders,
  });
  expect(login.status()).toBe(302);
  const res = await page.goto(`${E2E.oauth}/api/auth/1688/callback?code=anything&state=forged`);
  expect(res?.status()).toBe(400);
  await expect(page.locator('body')).toContainText('state is missing or does not match');
});
