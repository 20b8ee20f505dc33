/**
 * The catalog cache: entries keyed by provider, API and normalized parameters, with a lifetime
 * per kind of data, a size bound (LRU), stale-while-revalidate (a stale entry is served at once
 * and refreshed in the background), stale-if-error (an upstream failure serves the last good
 * entry, marked stale, for a bounded time) and request coalescing (concurrent misses for one
 * key make one upstream call and share its result or its error). With a shared store (Redis)
 * entries and a short per-key lock are shared between instances.
 */
import { LRUCache } from 'lru-cache';

export type CacheKind = 'search' | 'product' | 'categories';
export type Policy = { ttlMs: number; swrMs: number; staleIfErrorMs: number };
export type Entry<T = unknown> = { value: T; fetchedAt: number };
export type Cached<T> = { value: T; fetchedAt: number; stale: boolean };

/** What a shared store (Redis) offers; every method must fail soft (null / true / no-op). */
export interface SharedCacheStore {
  get(key: string): Promise<Entry | null>;
  set(key: string, entry: Entry, ttlMs: number): Promise<void>;
  /** true when this instance may load the key (lock taken, or no lock available). */
  lock(key: string, ttlMs: number): Promise<boolean>;
  unlock(key: string): Promise<void>;
}

export const DEFAULT_POLICIES: Record<CacheKind, Policy> = {
  categories: { ttlMs: 6 * 3600_000, swrMs: 24 * 3600_000, staleIfErrorMs: 7 * 24 * 3600_000 },
  search: { ttlMs: 5 * 60_000, swrMs: 30 * 60_000, staleIfErrorMs: 24 * 3600_000 },
  product: { ttlMs: 60_000, swrMs: 10 * 60_000, staleIfErrorMs: 6 * 3600_000 },
};

export type CacheStats = {
  entries: number;
  hits: number;
  misses: number;
  staleServed: number;
  coalesced: number;
  loads: number;
};

export type CacheOptions = {
  policies?: Partial<Record<CacheKind, Partial<Policy>>>;
  maxEntries?: number;
  now?: () => number;
  shared?: SharedCacheStore;
  /** How long to wait for another instance that holds the lock on a cold key. */
  lockWaitMs?: number;
  onBackgroundError?: (key: string, error: unknown) => void;
};

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

export class CatalogCache {
  private readonly policies: Record<CacheKind, Policy>;
  private readonly local: LRUCache<string, Entry>;
  private readonly inflight = new Map<string, Promise<Entry>>();
  private readonly now: () => number;
  readonly stats: CacheStats = {
    entries: 0,
    hits: 0,
    misses: 0,
    staleServed: 0,
    coalesced: 0,
    loads: 0,
  };

  constructor(private readonly options: CacheOptions = {}) {
    this.now = options.now ?? Date.now;
    const merge = (kind: CacheKind): Policy => {
      const given = Object.entries(options.policies?.[kind] ?? {}).filter(
        ([, v]) => v !== undefined,
      );
      return { ...DEFAULT_POLICIES[kind], ...Object.fromEntries(given) };
    };
    this.policies = {
      categories: merge('categories'),
      search: merge('search'),
      product: merge('product'),
    };
    this.local = new LRUCache<string, Entry>({ max: options.maxEntries ?? 5_000 });
  }

  policy(kind: CacheKind): Policy {
    return this.policies[kind];
  }

  private keep(kind: CacheKind): number {
    const p = this.policies[kind];
    return p.ttlMs + Math.max(p.swrMs, p.staleIfErrorMs);
  }

  /** The newest entry known here or in the shared store. */
  private async lookup(kind: CacheKind, key: string): Promise<Entry | undefined> {
    const local = this.local.get(key);
    if (local && this.now() - local.fetchedAt < this.policies[kind].ttlMs) return local;
    const shared = await this.options.shared?.get(key);
    if (shared && (!local || shared.fetchedAt > local.fetchedAt)) {
      this.local.set(key, shared);
      return shared;
    }
    return local;
  }

  async get<T>(kind: CacheKind, key: string, load: () => Promise<T>): Promise<Cached<T>> {
    const policy = this.policies[kind];
    const entry = (await this.lookup(kind, key)) as Entry<T> | undefined;
    const age = entry ? this.now() - entry.fetchedAt : Infinity;
    if (entry && age < policy.ttlMs) {
      this.stats.hits++;
      return { value: entry.value, fetchedAt: entry.fetchedAt, stale: false };
    }
    if (entry && age < policy.ttlMs + policy.swrMs) {
      this.stats.staleServed++;
      this.refresh(kind, key, load).catch((error) => this.options.onBackgroundError?.(key, error));
      return { value: entry.value, fetchedAt: entry.fetchedAt, stale: true };
    }
    this.stats.misses++;
    try {
      const fresh = (await this.refresh(kind, key, load)) as Entry<T>;
      return { value: fresh.value, fetchedAt: fresh.fetchedAt, stale: false };
    } catch (error) {
      if (entry && age < policy.ttlMs + policy.staleIfErrorMs) {
        this.stats.staleServed++;
        return { value: entry.value, fetchedAt: entry.fetchedAt, stale: true };
      }
      throw error;
    }
  }

  /** Loads a key once however many callers ask at the same time (here and, with a lock, elsewhere). */
  private refresh(kind: CacheKind, key: string, load: () => Promise<unknown>): Promise<Entry> {
    const running = this.inflight.get(key);
    if (running) {
      this.stats.coalesced++;
      return running;
    }
    const task = (async () => {
      const shared = this.options.shared;
      const locked = shared ? await shared.lock(key, this.options.lockWaitMs ?? 10_000) : true;
      if (!locked && shared) {
        // Another instance is loading this key: wait for its entry rather than call upstream too.
        const deadline = Date.now() + (this.options.lockWaitMs ?? 10_000);
        while (Date.now() < deadline) {
          await sleep(25);
          const entry = await shared.get(key);
          if (entry && this.now() - entry.fetchedAt < this.policies[kind].ttlMs) {
            this.local.set(key, entry);
            return entry;
          }
        }
      }
      try {
        this.stats.loads++;
        const entry: Entry = { value: await load(), fetchedAt: this.now() };
        this.local.set(key, entry);
        await shared?.set(key, entry, this.keep(kind));
        return entry;
      } finally {
        if (locked) await shared?.unlock(key);
      }
    })().finally(() => this.inflight.delete(key));
    this.inflight.set(key, task);
    return task;
  }

  snapshot(): CacheStats {
    return { ...this.stats, entries: this.local.size };
  }
}
