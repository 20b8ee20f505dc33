/**
 * Per-client limits on what costs 1688 calls, with rate-limiter-flexible (in memory, or in
 * Redis when REDIS_URL is set so that every instance counts the same client together).
 *
 * A client is charged once for each distinct search, offer or picture it asks for within a
 * minute; asking again for the same one is free. In front of the page cache pifa cannot know
 * whether a page will need 1688, so this counts what might, never less than what does. With a
 * daily budget (ALIBABA_DAILY_CALL_BUDGET) no client may be charged more than its share of it
 * (CLIENT_BUDGET_SHARE, default 10 %) in 24 hours.
 */
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export type ChargeKind = 'search' | 'product' | 'image' | 'sign_in';
export type Charge = { kind: ChargeKind; key: string };
export type LimitSettings = {
  perMinute: Record<ChargeKind, number>;
  /** Points a client may spend in 24 hours; undefined without a daily budget. */
  dailyShare?: number;
  redisUrl?: string;
};
export type Refusal = { kind: ChargeKind | 'budget'; retryAfterS: number };

type Limiter = RateLimiterMemory | RateLimiterRedis;
type State = {
  fingerprint: string;
  perMinute: Record<ChargeKind, Limiter>;
  daily?: Limiter;
  seen: LRUCache<string, true>;
};

// One set of limiters per set of settings (shoppers and crawlers have their own).
const states = new Map<string, State>();

function limiter(options: IRateLimiterOptions, redis: Redis | null): Limiter {
  const memory = new RateLimiterMemory(options);
  if (!redis) return memory;
  // If Redis is unreachable each instance goes on counting on its own.
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory });
}

function build(settings: LimitSettings): State {
  const redis = settings.redisUrl
    ? new Redis(settings.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1_000,
        commandTimeout: 500,
      })
    : null;
  redis?.on('error', () => undefined);
  const perMinute = Object.fromEntries(
    (Object.keys(settings.perMinute) as ChargeKind[]).map((kind) => [
      kind,
      limiter(
        { keyPrefix: `pifa:limit:${kind}`, points: settings.perMinute[kind], duration: 60 },
        redis,
      ),
    ]),
  ) as Record<ChargeKind, Limiter>;
  const daily =
    settings.dailyShare === undefined
      ? undefined
      : limiter(
          {
            keyPrefix: 'pifa:limit:day',
            points: Math.max(1, settings.dailyShare),
            duration: 86_400,
          },
          redis,
        );
  return {
    fingerprint: JSON.stringify(settings),
    perMinute,
    daily,
    seen: new LRUCache({ max: 100_000, ttl: 60_000 }),
  };
}

function current(settings: LimitSettings): State {
  const fingerprint = JSON.stringify(settings);
  let state = states.get(fingerprint);
  if (!state) {
    if (states.size >= 8) states.clear();
    states.set(fingerprint, (state = build(settings)));
  }
  return state;
}

const seconds = (res: unknown) =>
  res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60;

/** Charges `client` for `charge`; a refusal says which limit and when to come back. */
export async function chargeClient(
  client: string,
  charge: Charge,
  settings: LimitSettings,
): Promise<Refusal | null> {
  const s = current(settings);
  const seenKey = `${client}\n${charge.kind}\n${charge.key}`;
  // Sign-in attempts always count: guessing the token the same way twice is still guessing.
  if (charge.kind !== 'sign_in' && s.seen.has(seenKey)) return null;
  try {
    await s.perMinute[charge.kind].consume(client);
  } catch (res) {
    if (res instanceof RateLimiterRes) return { kind: charge.kind, retryAfterS: seconds(res) };
    throw res;
  }
  if (charge.kind !== 'sign_in' && s.daily) {
    try {
      await s.daily.consume(client);
    } catch (res) {
      if (res instanceof RateLimiterRes) return { kind: 'budget', retryAfterS: seconds(res) };
      throw res;
    }
  }
  s.seen.set(seenKey, true);
  return null;
}

/** For tests: forget every count. */
export function resetClientLimits(): void {
  states.clear();
}

/** Search engines' and other crawlers' user agents (they share one budget between them). */
const CRAWLER =
  /bot\b|crawler|spider|slurp|bingpreview|facebookexternalhit|yandex|baidu|petalbot|bytespider|gptbot|ccbot|claudebot|applebot|duckduckbot|semrush|ahrefs|mj12/i;

export function isCrawler(userAgent: string | null): boolean {
  return userAgent !== null && CRAWLER.test(userAgent);
}
