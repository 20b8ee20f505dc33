/**
 * Next.js's cache for rendered pages (incremental static regeneration), through its documented
 * `cacheHandler` extension point: kept in this process's memory only, bounded in bytes
 * (PAGE_CACHE_MAX_MB, default 64) and least recently used first out, never written to disk and
 * empty after a restart, so that a page never outlives the data source it was rendered from.
 * Keys are opaque to this module: it stores and returns entries as Next.js hands them over.
 * Several instances share pages through the HTTP cache in front of them (deploy/nginx.conf).
 */
import { LRUCache } from 'lru-cache';

const MB = 1024 * 1024;

function maxBytes() {
  const mb = Number(process.env.PAGE_CACHE_MAX_MB);
  return Number.isFinite(mb) && mb >= 1 ? Math.floor(mb * MB) : 64 * MB;
}

/** The bytes an entry holds: its strings and buffers, walked a few levels deep. */
export function sizeOf(value, depth = 0) {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (depth > 6) return 0;
  let total = 0;
  if (value instanceof Map) {
    for (const [k, v] of value) total += sizeOf(k, depth + 1) + sizeOf(v, depth + 1);
    return total;
  }
  if (Array.isArray(value)) {
    for (const v of value) total += sizeOf(v, depth + 1);
    return total;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) total += k.length + sizeOf(v, depth + 1);
  }
  return total;
}

export function createStore(bound = maxBytes()) {
  return new LRUCache({
    maxSize: bound,
    // One entry may take at most a quarter of the bound, so that one huge page cannot push out
    // everything else.
    maxEntrySize: Math.max(1, Math.floor(bound / 4)),
    sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value) + 256),
  });
}

// Next.js makes a handler per request: the pages live in one store per process.
const STORE = Symbol.for('pifa.pageCache');

export default class MemoryCacheHandler {
  constructor(options = {}) {
    this.entries = options.store ?? (globalThis[STORE] ??= createStore());
  }

  async get(key) {
    return this.entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    if (data === null) {
      this.entries.delete(key);
      return;
    }
    this.entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
  }

  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const [key, entry] of this.entries.entries()) {
      if (entry.tags.some((tag) => list.includes(tag))) this.entries.delete(key);
    }
  }

  resetRequestCache() {}

  /** How much the cache holds (for tests and benchmarks). */
  stats() {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}
