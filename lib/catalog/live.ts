/**
 * Everything live mode needs, built together from the configuration: Redis when REDIS_URL is
 * set, the catalog cache, the quota guard, the token manager (OAuth tokens in Redis or on disk,
 * or the environment's token), the gateway client every catalog call uses, a single-attempt
 * client for diagnostics probes, and the live provider.
 */
import 'server-only';
import { resolve } from 'node:path';
import { recordCall } from '@/lib/gateway/call-log';
import { GatewayClient, type GatewayOptions } from '@/lib/gateway/client';
import { OAuthClient } from '@/lib/gateway/oauth';
import { createLiveProvider, type LiveProvider } from '@/lib/gateway/provider';
import { MemoryQuotaCounter, QuotaGuard } from '@/lib/gateway/quota';
import { TokenManager } from '@/lib/gateway/token-manager';
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
  provider: LiveProvider;
  cache: CatalogCache;
  quota: QuotaGuard;
  redis: RedisConnection | null;
};

const serverLogger = {
  info: (line: string) => console.info(line),
  warn: (line: string) => console.warn(line),
};

const seconds = (s: number | undefined) => (s === undefined ? undefined : s * 1000);

export function createLiveContext(
  config: ServerConfig & { ALIBABA_APP_KEY: string; ALIBABA_APP_SECRET: string },
): LiveContext {
  const redis = config.REDIS_URL ? new RedisConnection(config.REDIS_URL) : null;
  const cache = new CatalogCache({
    maxBytes: config.CACHE_MAX_MB * 1024 * 1024,
    shared: redis ? new RedisCacheStore(redis) : undefined,
    policies: {
      search: { ttlMs: seconds(config.CACHE_TTL_SEARCH_S) },
      product: { ttlMs: seconds(config.CACHE_TTL_PRODUCT_S) },
      categories: { ttlMs: seconds(config.CACHE_TTL_CATEGORIES_S) },
    },
    onBackgroundError: (key) =>
      serverLogger.warn(`✗ background refresh failed for ${key.split(':')[1]}`),
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
    store: redis
      ? new RedisTokenStore(redis)
      : // A runtime data folder, not part of the build: kept out of the server's file tracing.
        new FileTokenStore(
          resolve(/* turbopackIgnore: true */ process.cwd(), config.PIFA_DATA_DIR),
        ),
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
  const client = new GatewayClient({ ...shared, logger: serverLogger });
  const probeClient = new GatewayClient({
    ...shared,
    maxAttempts: 1,
    timeoutMs: Math.min(config.ALIBABA_TIMEOUT_MS, 8_000),
    deadlineMs: Math.min(config.ALIBABA_TIMEOUT_MS, 8_000),
  });
  client.listeners.add(recordCall);
  probeClient.listeners.add(recordCall);
  const provider: LiveProvider = createLiveProvider(client, {
    logger: serverLogger,
    lookupCategories: async () =>
      (
        await cache.get('categories', cacheKey('live', 'categories', 'tree'), () =>
          provider.getCategories(),
        )
      ).value,
  });
  return { client, probeClient, oauth, tokens, provider, cache, quota, redis };
}
