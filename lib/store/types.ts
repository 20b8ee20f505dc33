/** What the shared tier of the catalog cache stores, and what a shared store must offer. */
export type CacheEntry<T = unknown> = { value: T; fetchedAt: number };

/** A store shared by every instance (Redis); every method fails soft (null / true / no-op). */
export interface SharedCacheStore {
  get(key: string): Promise<CacheEntry | null>;
  set(key: string, entry: CacheEntry, ttlMs: number): Promise<void>;
  /** true when this instance may load the key (lock taken, or no lock available). */
  lock(key: string, ttlMs: number): Promise<boolean>;
  unlock(key: string): Promise<void>;
}
