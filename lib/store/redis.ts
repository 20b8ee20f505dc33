/**
 * Redis, when REDIS_URL is set: the shared cache, per-key load locks, quota counters and the
 * OAuth token for every instance. Every operation fails soft and fast (no offline queue, short
 * command timeout): if Redis is unreachable pifa keeps serving from its in-process state and
 * says so on /api-status; no request fails because Redis is down.
 */
import { Redis } from 'ioredis';
import type { TokenSet } from '@/lib/gateway/oauth';
import type { QuotaCounter } from '@/lib/gateway/quota';
import type { TokenStore } from '@/lib/gateway/token-manager';
import type { CacheEntry, SharedCacheStore } from './types';

export type RedisHealth = {
  configured: boolean;
  connected: boolean;
  lastError?: string;
  lastErrorAt?: string;
};

const PREFIX = 'pifa:';

export class RedisConnection {
  readonly client: Redis;
  private healthy = false;
  private lastError?: { message: string; at: number };

  constructor(url: string) {
    this.client = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      commandTimeout: 1_000,
      retryStrategy: (times) => Math.min(100 * times, 1_000),
    });
    this.client.on('ready', () => {
      this.healthy = true;
    });
    this.client.on('error', (error: Error) => this.fail(error));
    this.client.on('close', () => {
      if (this.healthy) this.fail(new Error('the connection to Redis was lost'));
    });
  }

  private fail(error: unknown): void {
    this.healthy = false;
    const message = error instanceof Error ? error.message : String(error);
    // Connection URLs can carry a password: keep only the error's kind.
    this.lastError = {
      message: message.replace(/redis(s)?:\/\/[^\s]+/gi, 'redis://…'),
      at: Date.now(),
    };
  }

  /** Runs a command; on any failure returns the fallback and records Redis as unhealthy. */
  async safe<T>(op: (redis: Redis) => Promise<T>, fallback: T): Promise<T> {
    if (this.client.status !== 'ready') {
      return fallback;
    }
    try {
      const result = await op(this.client);
      this.healthy = true;
      return result;
    } catch (error) {
      this.fail(error);
      return fallback;
    }
  }

  health(): RedisHealth {
    return {
      configured: true,
      connected: this.healthy && this.client.status === 'ready',
      lastError: this.lastError?.message,
      lastErrorAt: this.lastError ? new Date(this.lastError.at).toISOString() : undefined,
    };
  }

  async close(): Promise<void> {
    this.healthy = false;
    this.client.disconnect();
  }
}

export class RedisCacheStore implements SharedCacheStore {
  constructor(private readonly redis: RedisConnection) {}

  get(key: string): Promise<CacheEntry | null> {
    return this.redis.safe(async (r) => {
      const text = await r.get(`${PREFIX}cache:${key}`);
      return text ? (JSON.parse(text) as CacheEntry) : null;
    }, null);
  }

  async set(key: string, entry: CacheEntry, ttlMs: number): Promise<void> {
    await this.redis.safe(
      (r) => r.set(`${PREFIX}cache:${key}`, JSON.stringify(entry), 'PX', ttlMs),
      null,
    );
  }

  lock(key: string, ttlMs: number): Promise<boolean> {
    // Without Redis nobody else can hold the lock: load locally.
    return this.redis.safe(
      async (r) => (await r.set(`${PREFIX}lock:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK',
      true,
    );
  }

  async unlock(key: string): Promise<void> {
    await this.redis.safe((r) => r.del(`${PREFIX}lock:${key}`), 0);
  }
}

/** Daily call counts in Redis (kept two days), shared by every instance. */
export class RedisQuotaCounter implements QuotaCounter {
  constructor(
    private readonly redis: RedisConnection,
    private readonly fallback: QuotaCounter,
  ) {}

  async increment(day: string, api: string): Promise<number> {
    const local = this.fallback.increment(day, api);
    const shared = await this.redis.safe(async (r) => {
      const results = await r
        .multi()
        .hincrby(`${PREFIX}quota:${day}`, api, 1)
        .expire(`${PREFIX}quota:${day}`, 2 * 86_400)
        .hvals(`${PREFIX}quota:${day}`)
        .exec();
      const values = (results?.[2]?.[1] as string[] | undefined) ?? [];
      return values.reduce((sum, v) => sum + Number(v), 0);
    }, null);
    return shared ?? (await local);
  }

  async decrement(day: string, api: string): Promise<void> {
    await this.fallback.decrement(day, api);
    await this.redis.safe((r) => r.hincrby(`${PREFIX}quota:${day}`, api, -1), 0);
  }

  async counts(day: string): Promise<Record<string, number>> {
    const shared = await this.redis.safe(async (r) => r.hgetall(`${PREFIX}quota:${day}`), null);
    if (!shared) return this.fallback.counts(day);
    return Object.fromEntries(Object.entries(shared).map(([k, v]) => [k, Number(v)]));
  }

  tick(second: number): Promise<number | null> {
    return this.redis.safe(async (r) => {
      const key = `${PREFIX}rate:${second}`;
      const [[, count]] = (await r.multi().incr(key).expire(key, 2).exec()) as [
        [null, number],
        unknown,
      ];
      return count;
    }, null);
  }
}

/**
 * The OAuth token in Redis, so that every instance uses (and refreshes) the same one. The last
 * token read is kept in memory and used while Redis is unreachable.
 */
export class RedisTokenStore implements TokenStore {
  private lastKnown: TokenSet | null = null;

  constructor(private readonly redis: RedisConnection) {}

  describe(): string {
    return 'Redis (shared by all instances)';
  }

  async load() {
    const text = await this.redis.safe((r) => r.get(`${PREFIX}oauth:1688`), undefined);
    if (text === undefined) return this.lastKnown;
    this.lastKnown = text ? JSON.parse(text) : null;
    return this.lastKnown;
  }

  async save(tokens: TokenSet): Promise<void> {
    this.lastKnown = tokens;
    await this.redis.safe((r) => r.set(`${PREFIX}oauth:1688`, JSON.stringify(tokens)), null);
  }

  async clear(): Promise<void> {
    this.lastKnown = null;
    await this.redis.safe((r) => r.del(`${PREFIX}oauth:1688`), 0);
  }

  lock(ttlMs: number): Promise<boolean> {
    return this.redis.safe(
      async (r) => (await r.set(`${PREFIX}lock:oauth-refresh`, '1', 'PX', ttlMs, 'NX')) === 'OK',
      true,
    );
  }

  async unlock(): Promise<void> {
    await this.redis.safe((r) => r.del(`${PREFIX}lock:oauth-refresh`), 0);
  }
}
