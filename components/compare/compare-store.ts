'use client';

/**
 * The offers picked for comparison in this browser (at most four), kept with their title and
 * picture so that the tray can show them on any page without asking the server.
 */
import * as z from '@/lib/domain/zod';
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import { MAX_COMPARE } from '@/lib/domain/compare';
import { offerId } from '@/lib/domain/schemas';

const item = z.object({ id: offerId, title: z.string(), image: z.string() });
export type CompareItem = z.infer<typeof item>;
const stored = z.object({
  version: z.literal(1),
  items: z.array(item).check(z.maxLength(MAX_COMPARE)),
});

export const compareStore = createLocalStore('pifa.compare', (raw): CompareItem[] => {
  if (!raw) return [];
  try {
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.items : [];
  } catch {
    return [];
  }
});

function save(items: CompareItem[]) {
  compareStore.write(items.length ? JSON.stringify({ version: 1, items }) : null);
}

/** Adds or removes an offer; false when the tray is full. */
export function toggleCompare(entry: CompareItem): boolean {
  const items = compareStore.get();
  if (items.some((i) => i.id === entry.id)) {
    save(items.filter((i) => i.id !== entry.id));
    return true;
  }
  if (items.length >= MAX_COMPARE) return false;
  save([...items, entry]);
  return true;
}

export function removeFromCompare(id: string) {
  save(compareStore.get().filter((i) => i.id !== id));
}

export function clearCompare() {
  save([]);
}

export function useCompare(): CompareItem[] | null {
  return useLocalStore(compareStore);
}
