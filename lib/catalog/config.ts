/**
 * The server's configuration, parsed once per read from the environment. Credentials are
 * optional: without them the mock catalog serves, which is a feature, not an error.
 */
import 'server-only';
import * as z from 'zod';
import { DEFAULT_CATALOG_SIZE, DEFAULT_SEED, MAX_CATALOG_SIZE } from '@/lib/mock/catalog';
import { parseRates, type Rates } from '@/lib/domain/currency';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const envSchema = z.object({
  ALIBABA_APP_KEY: optional,
  ALIBABA_APP_SECRET: optional,
  ALIBABA_API_URL: z.string().default('https://gw.open.1688.com/openapi'),
  ALIBABA_ACCESS_TOKEN: optional,
  ALIBABA_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).catch(10_000).default(10_000),
  CATALOG_PROVIDER: z.enum(['auto', 'mock', 'live']).catch('auto').default('auto'),
  MOCK_CATALOG_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_CATALOG_SIZE)
    .catch(DEFAULT_CATALOG_SIZE)
    .default(DEFAULT_CATALOG_SIZE),
  MOCK_CATALOG_SEED: z.coerce.number().int().catch(DEFAULT_SEED).default(DEFAULT_SEED),
  CURRENCY_RATES: z.string().optional(),
  ALIBABA_AUTHORIZE_URL: z.string().default('https://auth.1688.com/oauth/authorize'),
  /** Without one, the address this server listens on (see parseConfig). */
  NEXT_PUBLIC_SITE_URL: z.string(),
  ADMIN_TOKEN: optional,
  PIFA_DATA_DIR: z.string().default('.data'),
  REDIS_URL: optional,
  ALIBABA_DAILY_CALL_BUDGET: z.coerce.number().int().positive().optional().catch(undefined),
  ALIBABA_MAX_CALLS_PER_SECOND: z.coerce.number().positive().max(1000).catch(20).default(20),
  CACHE_TTL_SEARCH_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_TTL_PRODUCT_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_TTL_CATEGORIES_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_TTL_OFFER_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_MAX_MB: z.coerce.number().min(1).max(16_384).catch(64).default(64),
  ALIBABA_DEADLINE_MS: z.coerce.number().int().min(500).max(300_000).catch(12_000).default(12_000),
  RATE_LIMIT_SEARCHES_PER_MIN: z.coerce.number().int().min(1).catch(30).default(30),
  RATE_LIMIT_PRODUCTS_PER_MIN: z.coerce.number().int().min(1).catch(60).default(60),
  RATE_LIMIT_IMAGES_PER_MIN: z.coerce.number().int().min(1).catch(10).default(10),
  RATE_LIMIT_SIGN_INS_PER_MIN: z.coerce.number().int().min(1).catch(5).default(5),
  CLIENT_BUDGET_SHARE: z.coerce.number().gt(0).max(1).catch(0.1).default(0.1),
  CRAWLER_BUDGET_SHARE: z.coerce.number().gt(0).max(1).catch(0.2).default(0.2),
  PROBE_INTERVAL_MIN: z.coerce.number().min(0).max(10_080).catch(30).default(30),
});

export type ServerConfig = z.infer<typeof envSchema> & { rates: Rates };

const NAMES = Object.keys(envSchema.shape);
let last: { fingerprint: string; config: ServerConfig } | null = null;

/** Parsed once per set of values: every request reads the configuration, which rarely changes. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const fingerprint = [...NAMES, 'PORT'].map((name) => env[name] ?? '\u0000').join('\u0001');
  if (last?.fingerprint !== fingerprint) last = { fingerprint, config: parseConfig(env) };
  return last.config;
}

function parseConfig(env: NodeJS.ProcessEnv): ServerConfig {
  // Each variable is read through `env[name]` (never `process.env.NEXT_PUBLIC_…` literally, which
  // the build would inline); empty values count as unset.
  const input = Object.fromEntries(
    NAMES.map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  // No public address configured: the one this server listens on (`next dev`, `next start` and
  // server/index.mjs put their port in PORT), so that links it prints and checks it makes hold.
  input['NEXT_PUBLIC_SITE_URL'] =
    input['NEXT_PUBLIC_SITE_URL']?.trim() || `http://localhost:${env['PORT'] || 3000}`;
  const parsed = envSchema.parse(input);
  return { ...parsed, rates: parseRates(parsed.CURRENCY_RATES) };
}

/** The public address of the site, without a trailing slash (a bad value falls back). */
export function siteUrl(config: ServerConfig = readConfig()): string {
  try {
    return new URL(config.NEXT_PUBLIC_SITE_URL).origin;
  } catch {
    return 'http://localhost:3000';
  }
}
