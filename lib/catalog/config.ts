/**
 * The server's configuration, parsed once per read from the environment. Credentials are
 * optional: without them the mock catalog serves, which is a feature, not an error.
 */
import 'server-only';
import { z } from 'zod';
import { DEFAULT_CATALOG_SIZE, DEFAULT_SEED, MAX_CATALOG_SIZE } from '@/lib/mock/catalog';
import { parseRates, type Rates } from './currency';

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
  NEXT_PUBLIC_SITE_URL: z.string().default('http://localhost:3000'),
  ADMIN_TOKEN: optional,
  PIFA_DATA_DIR: z.string().default('.data'),
  REDIS_URL: optional,
  ALIBABA_DAILY_CALL_BUDGET: z.coerce.number().int().positive().optional().catch(undefined),
  ALIBABA_MAX_CALLS_PER_SECOND: z.coerce.number().positive().max(1000).catch(20).default(20),
  CACHE_TTL_SEARCH_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_TTL_PRODUCT_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_TTL_CATEGORIES_S: z.coerce.number().positive().optional().catch(undefined),
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(10).catch(5000).default(5000),
});

export type ServerConfig = z.infer<typeof envSchema> & { rates: Rates };

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.parse({
    ALIBABA_APP_KEY: env.ALIBABA_APP_KEY,
    ALIBABA_APP_SECRET: env.ALIBABA_APP_SECRET,
    ALIBABA_API_URL: env.ALIBABA_API_URL || undefined,
    ALIBABA_ACCESS_TOKEN: env.ALIBABA_ACCESS_TOKEN,
    ALIBABA_TIMEOUT_MS: env.ALIBABA_TIMEOUT_MS || undefined,
    CATALOG_PROVIDER: env.CATALOG_PROVIDER || undefined,
    MOCK_CATALOG_SIZE: env.MOCK_CATALOG_SIZE || undefined,
    MOCK_CATALOG_SEED: env.MOCK_CATALOG_SEED || undefined,
    CURRENCY_RATES: env.CURRENCY_RATES,
    ALIBABA_AUTHORIZE_URL: env.ALIBABA_AUTHORIZE_URL || undefined,
    // Read through `env`, not `process.env.NEXT_PUBLIC_…`, so the build does not inline it.
    NEXT_PUBLIC_SITE_URL: env.NEXT_PUBLIC_SITE_URL || undefined,
    ADMIN_TOKEN: env.ADMIN_TOKEN,
    PIFA_DATA_DIR: env.PIFA_DATA_DIR || undefined,
    REDIS_URL: env.REDIS_URL,
    ALIBABA_DAILY_CALL_BUDGET: env.ALIBABA_DAILY_CALL_BUDGET || undefined,
    ALIBABA_MAX_CALLS_PER_SECOND: env.ALIBABA_MAX_CALLS_PER_SECOND || undefined,
    CACHE_TTL_SEARCH_S: env.CACHE_TTL_SEARCH_S || undefined,
    CACHE_TTL_PRODUCT_S: env.CACHE_TTL_PRODUCT_S || undefined,
    CACHE_TTL_CATEGORIES_S: env.CACHE_TTL_CATEGORIES_S || undefined,
    CACHE_MAX_ENTRIES: env.CACHE_MAX_ENTRIES || undefined,
  });
  return { ...parsed, rates: parseRates(parsed.CURRENCY_RATES) };
}
