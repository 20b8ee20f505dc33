/**
 * The catalog cache, built on lru-cache's own `fetch()`: entries keyed by provider, API and
 * normalized parameters, a freshness lifetime per kind of data, a bound in bytes, and what
 * lru-cache does natively: stale-while-revalidate (a stale entry is served at once and
 * refreshed in the background), stale-if-error (a failed refresh keeps serving the last good
 * entry, marked stale, for a bounded time) and coalescing (concurrent misses for one key make
 * one upstream call and share its result or its error). With a shared store (Redis) entries
 * and a short per-key load lock are shared between instances.
 *
 * Lifetimes follow how long each kind of data stays true enough: an offer's text, pictures,
 * attributes and supplier for hours (pages say "prices as of …"); its price, stock and status
 * for a minute (`offer`, fetched when the buyer acts on them); which offers a search finds for
 * an hour; a supplier's profile for hours. (The category tree is kept by the live provider
 * itself, across restarts.)
 */
import { LRUCache } from 'lru-cache';
import type { CacheEntry, SharedCacheStore } from '@/lib/store/types';

export type CacheKind = 'search' | 'product' | 'offer' | 'supplier';
export type Policy = { ttlMs: number; swrMs: number; staleIfErrorMs: number };
export type Cached<T> = { value: T; fetchedAt: number; stale: boolean };

const HOUR = 3600_000;

export const DEFAULT_POLICIES: Record<CacheKind, Policy> = {
  search: { ttlMs: HOUR, swrMs: 3 * HOUR, staleIfErrorMs: 24 * HOUR },
  product: { ttlMs: 6 * HOUR, swrMs: 18 * HOUR, staleIfErrorMs: 24 * HOUR },
  offer: { ttlMs: 60_000, swrMs: 0, staleIfErrorMs: HOUR },
  supplier: { ttlMs: 6 * HOUR, swrMs: 18 * HOUR, staleIfErrorMs: 24 * HOUR },
};

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type CacheStats = {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  staleServed: number;
  coalesced: number;
  loads: number;
};

export type CacheOptions = {
  policies?: Partial<Record<CacheKind, Partial<Policy>>>;
  /** The bound of the in-process tier, in bytes of the entries' JSON. */
  maxBytes?: number;
  now?: () => number;
  shared?: SharedCacheStore;
  /** How long to wait for another instance that holds the lock on a cold key. */
  lockWaitMs?: number;
  onBackgroundError?: (key: string, error: unknown) => void;
};

type FetchContext = { kind: CacheKind; load: () => Promise<unknown>; background: boolean };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One key for the same request however its parameters were written. */
export function cacheKey(
  source: string,
  kind: CacheKind,
  params: Record<string, unknown> | string,
): string {
  if (typeof params === 'string') return `${source}:${kind}:${params}`;
  const normalized = Object.keys(params)
    .sort()
    .filter((k) => params[k] !== undefined && params[k] !== '')
    .map((k) => {
      const v = params[k];
      return [k, typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : v];
    });
  return `${source}:${kind}:${JSON.stringify(normalized)}`;
}

/** The size an entry is charged: the bytes of its JSON (what Redis stores, too). */
export function entryBytes(entry: CacheEntry): number {
  return Buffer.byteLength(JSON.stringify(entry.value) ?? '') + 64;
}

export class CatalogCache {
  private readonly policies: Record<CacheKind, Policy>;
  private readonly lru: LRUCache<string, CacheEntry, FetchContext>;
  private readonly now: () => number;
  private readonly maxBytes: number;
  readonly stats = { hits: 0, misses: 0, staleServed: 0, coalesced: 0, loads: 0 };
  private pending = 0;
  private idle: (() => void)[] = [];

  constructor(private readonly options: CacheOptions = {}) {
    this.now = options.now ?? Date.now;
    const merge = (kind: CacheKind): Policy => {
      const given = Object.entries(options.policies?.[kind] ?? {}).filter(
        ([, v]) => v !== undefined,
      );
      return { ...DEFAULT_POLICIES[kind], ...Object.fromEntries(given) };
    };
    this.policies = {
      search: merge('search'),
      product: merge('product'),
      offer: merge('offer'),
      supplier: merge('supplier'),
    };
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.lru = new LRUCache<string, CacheEntry, FetchContext>({
      maxSize: this.maxBytes,
      sizeCalculation: entryBytes,
      // lru-cache's notion of "stale" is our freshness lifetime; stale entries stay until the
      // caller decides (they are needed for stale-while-revalidate and stale-if-error).
      perf: { now: this.now },
      ttlResolution: 0,
      ttlAutopurge: false,
      noDeleteOnStaleGet: true,
      noDeleteOnFetchRejection: true,
      ignoreFetchAbort: true,
      fetchMethod: (key, _stale, { options, context }) => this.load(key, context, options),
    });
  }

  policy(kind: CacheKind): Policy {
    return this.policies[kind];
  }

  /** How long an entry is worth keeping at all (in Redis, too). */
  private keep(kind: CacheKind): number {
    const p = this.policies[kind];
    return p.ttlMs + Math.max(p.swrMs, p.staleIfErrorMs);
  }

  async get<T>(kind: CacheKind, key: string, load: () => Promise<T>): Promise<Cached<T>> {
    const policy = this.policies[kind];
    let held = this.lru.peek(key, { allowStale: true });
    const age = held ? this.now() - held.fetchedAt : Infinity;
    if (held && age >= this.keep(kind)) {
      this.lru.delete(key);
      held = undefined;
    }
    const serveStale = held !== undefined && age < policy.ttlMs + policy.swrMs;
    const status: LRUCache.Status<string, CacheEntry, FetchContext> = {};
    const entry = await this.lru.fetch(key, {
      ttl: policy.ttlMs,
      allowStale: serveStale,
      allowStaleOnFetchRejection: held !== undefined && age < policy.ttlMs + policy.staleIfErrorMs,
      context: { kind, load, background: serveStale },
      status,
    });
    if (!entry) throw new Error(`the cache returned nothing for ${key}`);
    const stale = this.now() - entry.fetchedAt >= policy.ttlMs;
    if (status.fetch === 'hit') this.stats.hits++;
    else if (status.fetch === 'inflight') this.stats.coalesced++;
    else if (stale) this.stats.staleServed++;
    else this.stats.misses++;
    return { value: entry.value as T, fetchedAt: entry.fetchedAt, stale };
  }

  /** lru-cache's fetchMethod: the shared tier first, then one load across instances. */
  private async load(
    key: string,
    context: FetchContext,
    options: LRUCache.FetcherOptions<string, CacheEntry, FetchContext>['options'],
  ): Promise<CacheEntry> {
    const { kind, load, background } = context;
    const { ttlMs } = this.policies[kind];
    const fresh = (e: CacheEntry | null): e is CacheEntry =>
      e !== null && this.now() - e.fetchedAt < ttlMs;
    const adopt = (e: CacheEntry): CacheEntry => {
      // An entry another instance loaded earlier is fresh only for what is left of its life.
      options.ttl = Math.max(1, ttlMs - (this.now() - e.fetchedAt));
      return e;
    };
    const shared = this.options.shared;
    this.pending++;
    try {
      const remote = (await shared?.get(key)) ?? null;
      if (fresh(remote)) return adopt(remote);
      const waitMs = this.options.lockWaitMs ?? 10_000;
      const locked = shared ? await shared.lock(key, waitMs) : true;
      if (!locked && shared) {
        // Another instance is loading this key: wait for its entry rather than call upstream too.
        const deadline = Date.now() + waitMs;
        while (Date.now() < deadline) {
          await sleep(25);
          const seen = await shared.get(key);
          if (fresh(seen)) return adopt(seen);
        }
      }
      try {
        this.stats.loads++;
        const entry: CacheEntry = { value: await load(), fetchedAt: this.now() };
        await shared?.set(key, entry, this.keep(kind));
        return entry;
      } finally {
        if (locked) await shared?.unlock(key);
      }
    } catch (error) {
      if (background) this.options.onBackgroundError?.(key, error);
      throw error;
    } finally {
      if (--this.pending === 0) for (const done of this.idle.splice(0)) done();
    }
  }

  /** The values held for one kind of data, fresh or stale, without touching their recency. */
  *values(kind: CacheKind): Generator<unknown> {
    const prefix = `:${kind}:`;
    for (const [key, entry] of this.lru.entries()) {
      if (key.includes(prefix)) yield entry.value;
    }
  }

  /** The entry held for a key if it is younger than `maxAgeMs` (no load, no statistics). */
  peek<T>(key: string, maxAgeMs: number): { value: T; fetchedAt: number } | null {
    const held = this.lru.peek(key, { allowStale: true });
    if (!held || this.now() - held.fetchedAt >= maxAgeMs) return null;
    return { value: held.value as T, fetchedAt: held.fetchedAt };
  }

  /** Keeps a value loaded elsewhere (a product fetched fresh for its price, say). */
  async put(kind: CacheKind, key: string, value: unknown): Promise<void> {
    const entry: CacheEntry = { value, fetchedAt: this.now() };
    this.lru.set(key, entry, { ttl: this.policies[kind].ttlMs });
    await this.options.shared?.set(key, entry, this.keep(kind));
  }

  /** Resolves when no load (background refreshes included) is running. */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  snapshot(): CacheStats {
    return {
      ...this.stats,
      entries: this.lru.size,
      bytes: this.lru.calculatedSize,
      maxBytes: this.maxBytes,
    };
  }
}
