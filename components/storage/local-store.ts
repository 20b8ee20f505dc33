'use client';

/**
 * Per-browser state kept in localStorage (the sourcing list, the comparison, landed-cost
 * choices), read through useSyncExternalStore so that every component and every open tab sees
 * the same value: a write here notifies this tab, the `storage` event the others. The server
 * (and the browser until the page has hydrated, see hydrated.ts) sees null, which components
 * show as loading. When the browser refuses storage (private modes, full quota), the value
 * lives in memory for the visit and `storageError` says why.
 */
import { useBrowserValue } from './hydrated';

export type LocalStore<T> = {
  key: string;
  get(): T;
  getRaw(): string | null;
  write(raw: string | null): void;
  /** Reads the stored value again (its reader has changed) and tells every component. */
  refresh(): void;
  subscribe(onChange: () => void): () => void;
};

/** 'read': the browser keeps no data at all; 'write': a change could not be saved. */
export type StorageError = 'read' | 'write';
let storageError: StorageError | null = null;
export const getStorageError = () => storageError;

const memory = new Map<string, string | null>();

function readRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    storageError = 'read';
    return null;
  }
}

/** Every store of a key (a page may read one key in two ways), told of each other's writes. */
const storesOfKey = new Map<string, Set<() => void>>();

export function createLocalStore<T>(key: string, read: (raw: string | null) => T): LocalStore<T> {
  const listeners = new Set<() => void>();
  let cache: { raw: string | null; value: T } | null = null;
  const notify = () => listeners.forEach((l) => l());
  const changed = () => {
    cache = null;
    notify();
  };
  const sameKey = storesOfKey.get(key) ?? new Set();
  storesOfKey.set(key, sameKey.add(changed));
  // One `storage` listener per store, however many components show it. While it listens, a
  // change can only come from a write (this store's or another store's of the same key) or from
  // that event, so the value read last stays true.
  const onStorage = (e: StorageEvent) => {
    if (e.key === key || e.key === null) changed();
  };
  return {
    key,
    getRaw: () => readRaw(key),
    get() {
      if (cache && listeners.size > 0) return cache.value;
      const raw = readRaw(key);
      if (!cache || cache.raw !== raw) cache = { raw, value: read(raw) };
      return cache.value;
    },
    write(raw) {
      try {
        if (raw === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, raw);
        memory.delete(key);
      } catch {
        storageError = 'write';
        memory.set(key, raw);
      }
      sameKey.forEach((c) => c());
    },
    refresh: changed,
    subscribe(onChange) {
      if (listeners.size === 0) {
        cache = null;
        window.addEventListener('storage', onStorage);
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}

const none = () => null;

/** The store's value, or null until the browser has read it (once the page has hydrated). */
export function useLocalStore<T>(store: LocalStore<T>): T | null {
  return useBrowserValue<T | null>(store.subscribe, store.get, none);
}
