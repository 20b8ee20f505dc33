'use client';

/**
 * The offers picked for comparison in this browser (at most four), kept with their title and
 * picture so that the tray can show them on any page without asking the server. What is stored
 * is read through a schema that loads once the page is interactive (compare-items.ts), and only
 * when something is stored: until then the comparison reads as not yet read (null), as it does
 * on the server; nothing stored reads as empty at once.
 */
import { useBrowserValue } from '@/components/storage/hydrated';
import { lazyReader } from '@/components/storage/lazy-reader';
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import { MAX_COMPARE } from '@/lib/domain/compare-links';
import type { CompareItem } from './compare-items';

export type { CompareItem };

const NONE: CompareItem[] = [];

const reader = lazyReader(
  () => import('./compare-items').then((m) => m.readCompare),
  () => compareStore.refresh(),
);

/**
 * Nothing stored needs no schema: most visitors have picked nothing and never load it. Something
 * stored (here or by another tab) starts loading it, and reads as not yet read until then.
 */
export const compareStore = createLocalStore('pifa.compare', (raw): CompareItem[] | null =>
  raw === null ? NONE : (reader.read(raw) ?? null),
);

/** The stored comparison, once its reader has loaded. */
function ready(): Promise<CompareItem[]> {
  return reader.ready().then(() => compareStore.get() ?? NONE);
}

function save(items: CompareItem[]) {
  compareStore.write(items.length ? JSON.stringify({ version: 1, items }) : null);
}

/** Adds or removes an offer; false when the tray is full. */
export async function toggleCompare(entry: CompareItem): Promise<boolean> {
  const items = await ready();
  if (items.some((i) => i.id === entry.id)) {
    save(items.filter((i) => i.id !== entry.id));
    return true;
  }
  if (items.length >= MAX_COMPARE) return false;
  save([...items, entry]);
  return true;
}

/** Removes an offer; a comparison that cannot be read (its reader did not load) stays as is. */
export async function removeFromCompare(id: string): Promise<void> {
  const items = await ready().catch(() => null);
  if (items) save(items.filter((i) => i.id !== id));
}

export function clearCompare() {
  save([]);
}

export function useCompare(): CompareItem[] | null {
  return useLocalStore(compareStore);
}

const notPicked = () => false;

/**
 * Whether this offer is picked. Read as a yes or no, so that a page of compare buttons
 * hydrates without rendering again: nothing stored and not yet read look the same.
 */
export function useCompared(id: string): boolean {
  return useBrowserValue(
    compareStore.subscribe,
    () => compareStore.get()?.some((i) => i.id === id) ?? false,
    notPicked,
  );
}
