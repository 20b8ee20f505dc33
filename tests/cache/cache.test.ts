import { describe, expect, it } from 'vitest';
import { CatalogCache, cacheKey, entryBytes } from '@/lib/catalog/cache';
import { budgetExhausted, chinaDay, MemoryQuotaCounter, QuotaGuard } from '@/lib/gateway/quota';
import { parseSearchParamsStrict } from '@/lib/domain/search-params';

function clock(start = 1_800_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const policies = { search: { ttlMs: 60_000, swrMs: 120_000, staleIfErrorMs: 600_000 } };

/** A loader that counts calls, answers in order, and can be told to fail. */
function loader() {
  let calls = 0;
  let failing: Error | null = null;
  let gate: Promise<void> | null = null;
  const fn = async () => {
    calls++;
    if (gate) await gate;
    if (failing) throw failing;
    return `v${calls}`;
  };
  return {
    fn,
    calls: () => calls,
    fail: (e: Error | null) => (failing = e),
    hold: () => {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('cache keys', () => {
  it('normalize parameters: order, case and spaces do not matter', () => {
    const a = parseSearchParamsStrict(new URLSearchParams('q=Phone&page=1'));
    const b = parseSearchParamsStrict(new URLSearchParams('page=1&q=phone '));
    if (!a.ok || !b.ok) throw new Error('parse');
    expect(cacheKey('live', 'search', { ...a.query })).toBe(
      cacheKey('live', 'search', { ...b.query }),
    );
    expect(cacheKey('live', 'search', { q: 'phone', page: 2 })).not.toBe(
      cacheKey('live', 'search', { q: 'phone', page: 1 }),
    );
    expect(cacheKey('live', 'search', { q: 'x' })).not.toBe(cacheKey('mock', 'search', { q: 'x' }));
    expect(cacheKey('live', 'product', '123')).not.toBe(cacheKey('live', 'search', '123'));
  });
});

describe('catalog cache', () => {
  it('serves fresh entries and reloads after the lifetime (injected clock)', async () => {
    const c = clock();
    const cache = new CatalogCache({
      policies: { search: { ttlMs: 60_000, swrMs: 0, staleIfErrorMs: 0 } },
      now: c.now,
    });
    const l = loader();
    expect(await cache.get('search', 'k', l.fn)).toMatchObject({ value: 'v1', stale: false });
    c.advance(59_000);
    expect(await cache.get('search', 'k', l.fn)).toMatchObject({ value: 'v1', stale: false });
    c.advance(2_000);
    expect(await cache.get('search', 'k', l.fn)).toMatchObject({ value: 'v2', stale: false });
    expect(l.calls()).toBe(2);
  });

  it('has a lifetime per kind of data: text for hours, searches for minutes, prices for a minute', () => {
    const cache = new CatalogCache();
    expect(cache.policy('product').ttlMs).toBe(6 * 3600_000);
    expect(cache.policy('search').ttlMs).toBeGreaterThanOrEqual(60_000);
    expect(cache.policy('offer').ttlMs).toBeLessThan(cache.policy('search').ttlMs);
    expect(cache.policy('search').ttlMs).toBeLessThan(cache.policy('product').ttlMs);
  });

  it('stale-while-revalidate: serves the stale entry at once and refreshes in the background', async () => {
    const c = clock();
    const cache = new CatalogCache({ policies, now: c.now });
    const l = loader();
    await cache.get('search', 'k', l.fn);
    c.advance(90_000);
    const stale = await cache.get('search', 'k', l.fn);
    expect(stale).toMatchObject({ value: 'v1', stale: true });
    await settle();
    expect(l.calls()).toBe(2);
    expect(await cache.get('search', 'k', l.fn)).toMatchObject({ value: 'v2', stale: false });
  });

  it('stale-if-error: an upstream failure serves the last good entry, marked stale, for a bounded time', async () => {
    const c = clock();
    const cache = new CatalogCache({ policies, now: c.now });
    const l = loader();
    await cache.get('search', 'k', l.fn);
    l.fail(new Error('upstream down'));
    c.advance(200_000);
    expect(await cache.get('search', 'k', l.fn)).toMatchObject({ value: 'v1', stale: true });
    c.advance(500_000);
    await expect(cache.get('search', 'k', l.fn)).rejects.toThrow('upstream down');
  });

  it('a miss with no entry passes the error on', async () => {
    const cache = new CatalogCache({ policies });
    const l = loader();
    l.fail(new Error('nope'));
    await expect(cache.get('search', 'k', l.fn)).rejects.toThrow('nope');
  });

  it('coalesces concurrent misses into one upstream call and shares the result', async () => {
    const cache = new CatalogCache({ policies });
    const l = loader();
    const release = l.hold();
    const all = Promise.all(Array.from({ length: 50 }, () => cache.get('search', 'k', l.fn)));
    await settle();
    release();
    const results = await all;
    expect(l.calls()).toBe(1);
    expect(new Set(results.map((r) => r.value))).toEqual(new Set(['v1']));
  });

  it('coalesced callers share the error too', async () => {
    const cache = new CatalogCache({ policies });
    const l = loader();
    l.fail(new Error('boom'));
    const release = l.hold();
    const all = Promise.allSettled(
      Array.from({ length: 10 }, () => cache.get('search', 'k', l.fn)),
    );
    await settle();
    release();
    const results = await all;
    expect(l.calls()).toBe(1);
    expect(
      results.every((r) => r.status === 'rejected' && (r.reason as Error).message === 'boom'),
    ).toBe(true);
  });

  it('is bounded in bytes (least recently used entries go first)', async () => {
    const one = entryBytes({ value: 'v1', fetchedAt: 0 });
    const cache = new CatalogCache({ policies, maxBytes: 3 * one });
    const l = loader();
    for (const k of ['a', 'b', 'c', 'd']) await cache.get('search', k, l.fn);
    expect(cache.snapshot()).toMatchObject({ entries: 3, bytes: 3 * one, maxBytes: 3 * one });
    await cache.get('search', 'a', l.fn);
    expect(l.calls()).toBe(5);
  });

  it('charges an entry the bytes of its JSON, so big pages take more of the bound', async () => {
    const cache = new CatalogCache({ policies, maxBytes: 10_000 });
    await cache.get('search', 'big', async () => 'y'.repeat(6_000));
    await cache.get('search', 'small', async () => 'x');
    await cache.get('search', 'big2', async () => 'z'.repeat(6_000));
    // The two big values do not both fit: the older one went, the small one stays.
    const { entries, bytes } = cache.snapshot();
    expect(bytes).toBeLessThanOrEqual(10_000);
    expect(entries).toBe(2);
    const l = loader();
    expect((await cache.get('search', 'small', l.fn)).value).toBe('x');
    expect((await cache.get('search', 'big', l.fn)).value).toBe('v1');
  });
});

describe('quota guard', () => {
  it('counts calls per API per China day and stops at the budget', async () => {
    const c = clock(Date.UTC(2026, 10, 29, 15, 59, 0));
    const guard = new QuotaGuard({
      counter: new MemoryQuotaCounter(),
      budget: 3,
      perSecond: 1000,
      now: c.now,
    });
    await guard.beforeCall('a');
    await guard.beforeCall('a');
    await guard.beforeCall('b');
    await expect(guard.beforeCall('a')).rejects.toMatchObject({
      code: 'upstream_budget_exhausted',
    });
    expect(await guard.snapshot()).toMatchObject({
      day: '2026-11-29',
      calls: { a: 2, b: 1 },
      total: 3,
      remaining: 0,
      blocked: 1,
    });
    c.advance(2 * 60_000); // midnight in China
    expect(chinaDay(c.now())).toBe('2026-11-30');
    await guard.beforeCall('a');
    expect((await guard.snapshot()).total).toBe(1);
  });

  it('the budget error says what to do and maps to 503', async () => {
    const error = budgetExhausted(100, 'x');
    expect(error).toMatchObject({
      code: 'upstream_budget_exhausted',
      status: 503,
      retryable: false,
    });
    expect(error.hint).toMatch(/ALIBABA_DAILY_CALL_BUDGET/);
  });

  it('keeps bursts under the calls-per-second limit', async () => {
    const c = clock();
    const waits: number[] = [];
    const guard = new QuotaGuard({
      counter: new MemoryQuotaCounter(),
      perSecond: 5,
      now: c.now,
      sleep: async (ms) => {
        waits.push(ms);
        c.advance(ms);
      },
    });
    const start = c.now();
    for (let i = 0; i < 15; i++) await guard.beforeCall('a');
    // 5 at once, then one every 200 ms: 10 more take 2 seconds.
    expect(c.now() - start).toBeGreaterThanOrEqual(2000);
    expect(c.now() - start).toBeLessThan(2100);
  });
});

describe('cache policies', () => {
  it('keep the defaults for lifetimes that are not configured', () => {
    const cache = new CatalogCache({
      policies: { search: { ttlMs: undefined }, product: { ttlMs: 5_000 } },
    });
    expect(cache.policy('search').ttlMs).toBe(60 * 60_000);
    expect(cache.policy('product').ttlMs).toBe(5_000);
  });
});
