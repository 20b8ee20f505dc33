import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CatalogCache } from '@/lib/catalog/cache';
import { MemoryQuotaCounter, QuotaGuard } from '@/lib/gateway/quota';
import { OAuthClient, type TokenSet } from '@/lib/gateway/oauth';
import { TokenManager } from '@/lib/gateway/token-manager';
import {
  RedisCacheStore,
  RedisConnection,
  RedisQuotaCounter,
  RedisTokenStore,
} from '@/lib/store/redis';
import { startRedis, type TestRedis } from '../setup/redis';

let redis: TestRedis;
const connections: RedisConnection[] = [];
const msw = setupServer();

async function connect(url = redis.url): Promise<RedisConnection> {
  const c = new RedisConnection(url);
  connections.push(c);
  for (let i = 0; i < 50 && !c.health().connected; i++) await new Promise((r) => setTimeout(r, 20));
  return c;
}

/** One "app instance": its own connection, in-process cache and quota guard. */
async function instance(budget?: number) {
  const conn = await connect();
  return {
    conn,
    cache: new CatalogCache({ shared: new RedisCacheStore(conn), lockWaitMs: 3_000 }),
    quota: new QuotaGuard({
      counter: new RedisQuotaCounter(conn, new MemoryQuotaCounter()),
      budget,
      perSecond: 1000,
    }),
  };
}

beforeAll(async () => {
  redis = await startRedis();
  msw.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => msw.resetHandlers());
afterAll(async () => {
  for (const c of connections) await c.close();
  await redis.kill();
  msw.close();
});

const slow =
  (counter: { calls: number }, value: string, ms = 100) =>
  async () => {
    counter.calls++;
    await new Promise((r) => setTimeout(r, ms));
    return value;
  };

describe('with a real Redis', () => {
  it('two instances share cache entries', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const upstream = { calls: 0 };
    expect((await a.cache.get('search', 'shared-1', slow(upstream, 'from-a'))).value).toBe(
      'from-a',
    );
    expect((await b.cache.get('search', 'shared-1', slow(upstream, 'from-b'))).value).toBe(
      'from-a',
    );
    expect(upstream.calls).toBe(1);
  });

  it('two instances missing the same cold key make one upstream call between them', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const upstream = { calls: 0 };
    const results = await Promise.all([
      ...Array.from({ length: 20 }, () =>
        a.cache.get('search', 'cold-1', slow(upstream, 'v', 200)),
      ),
      ...Array.from({ length: 20 }, () =>
        b.cache.get('search', 'cold-1', slow(upstream, 'v', 200)),
      ),
    ]);
    expect(upstream.calls).toBe(1);
    expect(results.every((r) => r.value === 'v')).toBe(true);
  });

  it('quota counts and the daily budget are shared', async () => {
    const [a, b] = await Promise.all([instance(5), instance(5)]);
    await a.quota.beforeCall('budget.api');
    await b.quota.beforeCall('budget.api');
    const snapshot = await a.quota.snapshot();
    expect(snapshot.calls['budget.api']).toBe(2);
    await a.quota.beforeCall('budget.api');
    await b.quota.beforeCall('budget.api');
    await a.quota.beforeCall('budget.api');
    await expect(b.quota.beforeCall('budget.api')).rejects.toMatchObject({
      code: 'upstream_budget_exhausted',
    });
  });

  it('two instances share the OAuth token and refresh it once', async () => {
    let refreshes = 0;
    msw.use(
      http.post('http://gw.test/openapi/param2/1/system.oauth2/getToken/1', async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 100));
        return HttpResponse.json({
          access_token: `at-refreshed-${refreshes}`,
          expires_in: '36000',
        });
      }),
    );
    const now = Date.now();
    const token: TokenSet = {
      accessToken: 'at-0',
      refreshToken: 'rt',
      accessExpiresAt: now - 1,
      obtainedAt: now - 1000,
    };
    const oauth = new OAuthClient({
      appKey: '1',
      appSecret: 'secret-0123456789abcdef',
      baseUrl: 'http://gw.test/openapi',
    });
    const [ca, cb] = await Promise.all([connect(), connect()]);
    const a = new TokenManager({ store: new RedisTokenStore(ca), oauth });
    const b = new TokenManager({ store: new RedisTokenStore(cb), oauth });
    await a.connect(token);
    const tokens = await Promise.all([
      a.accessToken(),
      b.accessToken(),
      a.accessToken(),
      b.accessToken(),
    ]);
    expect(refreshes).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(['at-refreshed-1']));
    expect((await b.status()).source).toBe('oauth');
  });

  it('killing Redis mid-way loses no request: the in-process cache and state carry on', async () => {
    const own = await startRedis();
    const conn = await connect(own.url);
    const cache = new CatalogCache({ shared: new RedisCacheStore(conn) });
    const quota = new QuotaGuard({
      counter: new RedisQuotaCounter(conn, new MemoryQuotaCounter()),
      budget: 1000,
      perSecond: 1000,
    });
    const tokens = new RedisTokenStore(conn);
    await tokens.save({
      accessToken: 'at-x',
      accessExpiresAt: Date.now() + 3600_000,
      obtainedAt: Date.now(),
    });
    const upstream = { calls: 0 };
    await cache.get('search', 'before', slow(upstream, 'b', 1));
    expect(conn.health().connected).toBe(true);

    await own.kill();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        cache.get('search', i % 2 ? 'before' : `after-${i}`, slow(upstream, `v${i}`, 1)),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    await expect(quota.beforeCall('x')).resolves.toBeUndefined();
    expect((await tokens.load())?.accessToken).toBe('at-x');
    for (let i = 0; i < 50 && conn.health().connected; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(conn.health()).toMatchObject({ configured: true, connected: false });
    expect(conn.health().lastError).toBeTruthy();
  });
});

describe('with a real Redis, racing instances', () => {
  it('an instance that finds the key locked takes the entry the other one just stored', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const upstream = { calls: 0 };
    const first = a.cache.get('search', 'race-1', slow(upstream, 'a', 150));
    await new Promise((r) => setTimeout(r, 140));
    const second = await b.cache.get('search', 'race-1', slow(upstream, 'b', 150));
    expect((await first).value).toBe('a');
    expect(second.value).toBe('a');
    expect(upstream.calls).toBe(1);
  });
});
