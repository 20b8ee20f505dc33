import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the built app (`next build` first). The
 * storefront runs on the mock catalog with every 1688 variable cleared.
 */
import { E2E, PORTS } from './tests/e2e/env';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const mockEnv = {
  ALIBABA_APP_KEY: '',
  ALIBABA_APP_SECRET: '',
  ALIBABA_ACCESS_TOKEN: '',
  CATALOG_PROVIDER: 'auto',
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  ADMIN_TOKEN: E2E.adminToken,
  // Every test comes from 127.0.0.1: the per-client limits have an app of their own.
  RATE_LIMIT_SEARCHES_PER_MIN: '100000',
  RATE_LIMIT_PRODUCTS_PER_MIN: '100000',
  RATE_LIMIT_IMAGES_PER_MIN: '100000',
  RATE_LIMIT_SIGN_INS_PER_MIN: '1000',
};

const liveEnv = {
  ...mockEnv,
  ALIBABA_APP_KEY: E2E.appKey,
  ALIBABA_APP_SECRET: E2E.appSecret,
  ALIBABA_ACCESS_TOKEN: E2E.accessToken,
  ALIBABA_API_URL: `${E2E.gateway}/openapi`,
  ALIBABA_TIMEOUT_MS: '2000',
  // Short search lifetime so that the tests can watch an entry go stale.
  CACHE_TTL_SEARCH_S: '2',
  // A fresh price and stock is one at most a second old (a minute by default).
  CACHE_TTL_OFFER_S: '1',
  ALIBABA_MAX_CALLS_PER_SECOND: '100',
};

const app = (port: number, env: Record<string, string>, before = '') => ({
  command: `${before}node server/index.mjs -H 127.0.0.1 -p ${port}`,
  url: `http://127.0.0.1:${port}/api-status`,
  env,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'pipe' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['json']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'mock',
      testMatch: [
        'storefront.spec.ts',
        'sourcing.spec.ts',
        'finding.spec.ts',
        'languages.spec.ts',
        'keyboard.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], baseURL: E2E.mock },
    },
    {
      // The sourcing workflow again on a 390 px wide phone, and what is particular to phones.
      name: 'mock-phone',
      testMatch: ['sourcing.spec.ts', 'phone.spec.ts'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        baseURL: E2E.mock,
      },
    },
    {
      name: 'live',
      testMatch: [
        'live.spec.ts',
        'live-finding.spec.ts',
        'live-honest.spec.ts',
        'status.spec.ts',
        'secrets.spec.ts',
        'nginx.spec.ts',
        'security.spec.ts',
        'a11y.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], baseURL: E2E.live },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx tests/fake-gateway/cli.ts --port ${PORTS.gateway} --slow 4000`,
      url: `${E2E.gateway}/__fake/calls`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    app(PORTS.mock, mockEnv),
    app(PORTS.live, liveEnv),
    app(PORTS.wrongSecret, { ...liveEnv, ALIBABA_APP_SECRET: E2E.badSecret }),
    // Live, but with no token: the operator connects a 1688 account through OAuth.
    app(
      PORTS.oauth,
      {
        ...liveEnv,
        ALIBABA_ACCESS_TOKEN: '',
        ALIBABA_AUTHORIZE_URL: `${E2E.gateway}/oauth/authorize`,
        NEXT_PUBLIC_SITE_URL: E2E.oauth,
        PIFA_DATA_DIR: '.data/e2e-oauth',
      },
      'rm -rf .data/e2e-oauth && ',
    ),
    // Live, with the per-client limits and a deadline low enough to watch them work.
    app(PORTS.limited, {
      ...liveEnv,
      RATE_LIMIT_SEARCHES_PER_MIN: '3',
      RATE_LIMIT_PRODUCTS_PER_MIN: '100',
      RATE_LIMIT_SIGN_INS_PER_MIN: '5',
      // Enough for the app's own calls (the category tree alone takes dozens); 0.3 % of it, six
      // distinct searches or offers, is one client's share.
      ALIBABA_DAILY_CALL_BUDGET: '2000',
      CLIENT_BUDGET_SHARE: '0.003',
      ALIBABA_TIMEOUT_MS: '2500',
      ALIBABA_DEADLINE_MS: '3500',
    }),
    // deploy/nginx.conf in front of the live app, as an operator deploys it.
    {
      command: `node_modules/.bin/tsx tests/nginx/cli.ts --port ${PORTS.nginx} --upstream 127.0.0.1:${PORTS.live}`,
      url: `${E2E.nginx}/api/status`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe' as const,
    },
  ],
});
