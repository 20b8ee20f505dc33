/**
 * Everything live mode needs, built together from the configuration: Redis when REDIS_URL is
 * set, the catalog cache, the quota guard, the token manager (OAuth tokens in Redis or on disk,
 * or the environment's token), the gateway client every catalog call uses, a single-attempt
 * client for diagnostics probes, and the live provider with its category tree kept in Redis or
 * in the data directory.
 */
import 'server-only';
import { resolve } from 'node:path';
import { recordCall } from '@/lib/gateway/call-log';
import { GatewayClient, type GatewayOptions } from '@/lib/gateway/client';
import { OAuthClient } from '@/lib/gateway/oauth';
import { createLiveProvider, type LiveProvider } from '@/lib/gateway/provider';
import { MemoryQuotaCounter, QuotaGuard } from '@/lib/gateway/quota';
import { TokenManager } from '@/lib/gateway/token-manager';
import { FileCategoryStore, RedisCategoryStore } from '@/lib/store/category-store';
import { FileTokenStore } from '@/lib/store/file-token-store';
import {
  RedisCacheStore,
  RedisConnection,
  RedisQuotaCounter,
  RedisTokenStore,
} from '@/lib/store/redis';
import { CatalogCache, cacheKey } from './cache';
import type { ServerConfig } from './config';

export type LiveContext = {
  client: GatewayClient;
  probeClient: GatewayClient;
  oauth: OAuthClient;
  tokens: TokenManager;
  /** The provider answering in English (status probes, the JSON API). */
  provider: LiveProvider;
  /** The provider answering in a language of 1688's (`country`): titles and category names. */
  providerIn(language: string): LiveProvider;
  cache: CatalogCache;
  quota: QuotaGuard;
  redis: RedisConnection | null;
};

const serverLogger = {
  info: (line: string) => console.info(line),
  warn: (line: string) => console.warn(line),
};

const seconds = (s: number | undefined) => (s === undefined ? undefined : s * 1000);

export type LiveContextOptions = {
  /** The clock of the caches and the category tree (a benchmark replays a day in minutes). */
  now?: () => number;
  logger?: typeof serverLogger;
};

export function createLiveContext(
  config: ServerConfig & { ALIBABA_APP_KEY: string; ALIBABA_APP_SECRET: string },
  options: LiveContextOptions = {},
): LiveContext {
  const logger = options.logger ?? serverLogger;
  const redis = config.REDIS_URL ? new RedisConnection(config.REDIS_URL) : null;
  // A runtime data folder, not part of the build: kept out of the server's file tracing.
  const dataDir = resolve(/* turbopackIgnore: true */ process.cwd(), config.PIFA_DATA_DIR);
  const cache = new CatalogCache({
    now: options.now,
    maxBytes: config.CACHE_MAX_MB * 1024 * 1024,
    shared: redis ? new RedisCacheStore(redis) : undefined,
    policies: {
      search: { ttlMs: seconds(config.CACHE_TTL_SEARCH_S) },
      product: { ttlMs: seconds(config.CACHE_TTL_PRODUCT_S) },
      offer: { ttlMs: seconds(config.CACHE_TTL_OFFER_S) },
    },
    onBackgroundError: (key) => logger.warn(`✗ background refresh failed for ${key.split(':')[1]}`),
  });
  const memoryCounter = new MemoryQuotaCounter();
  const quota = new QuotaGuard({
    counter: redis ? new RedisQuotaCounter(redis, memoryCounter) : memoryCounter,
    budget: config.ALIBABA_DAILY_CALL_BUDGET,
    perSecond: config.ALIBABA_MAX_CALLS_PER_SECOND,
  });
  const oauth = new OAuthClient({
    appKey: config.ALIBABA_APP_KEY,
    appSecret: config.ALIBABA_APP_SECRET,
    baseUrl: config.ALIBABA_API_URL,
    timeoutMs: config.ALIBABA_TIMEOUT_MS,
  });
  const tokens = new TokenManager({
    store: redis ? new RedisTokenStore(redis) : new FileTokenStore(dataDir),
    oauth,
    envToken: config.ALIBABA_ACCESS_TOKEN,
  });
  const shared: GatewayOptions = {
    appKey: config.ALIBABA_APP_KEY,
    appSecret: config.ALIBABA_APP_SECRET,
    baseUrl: config.ALIBABA_API_URL,
    accessToken: () => tokens.accessToken(),
    onUnauthorized: (rejected) => tokens.onUnauthorized(rejected),
    timeoutMs: config.ALIBABA_TIMEOUT_MS,
    deadlineMs: config.ALIBABA_DEADLINE_MS,
    guard: quota,
  };
  const client = new GatewayClient({ ...shared, logger });
  const probeClient = new GatewayClient({
    ...shared,
    maxAttempts: 1,
    timeoutMs: Math.min(config.ALIBABA_TIMEOUT_MS, 8_000),
    deadlineMs: Math.min(config.ALIBABA_TIMEOUT_MS, 8_000),
  });
  client.listeners.add(recordCall);
  probeClient.listeners.add(recordCall);
  // Each language has its own category tree (the names are translated) and search pages.
  const providers = new Map<string, LiveProvider>();
  const providerIn = (language: string): LiveProvider => {
    let provider = providers.get(language);
    if (!provider) {
      const scope = `${config.ALIBABA_API_URL}|${language}`;
      provider = createLiveProvider(client, {
        logger,
        language,
        now: options.now,
        categoryStore: redis
          ? new RedisCategoryStore(redis, scope)
          : new FileCategoryStore(
              dataDir,
              scope,
              language === 'en' ? 'categories.json' : `categories.${language}.json`,
            ),
        categoryRefreshMs: seconds(config.CACHE_TTL_CATEGORIES_S),
        // Upstream pages of a keyword search, kept as long as a search (the key names the language).
        cachePage: async (key, load) =>
          (await cache.get('search', cacheKey('live', 'search', `upstream:${key}`), load)).value,
      });
      providers.set(language, provider);
    }
    return provider;
  };
  const provider = providerIn('en');
  return { client, probeClient, oauth, tokens, provider, providerIn, cache, quota, redis };
}
