'use client';

/**
 * The buyer's landed-cost choices (destination, shipping method, agent fee, taxes), the same
 * on the product page, the comparison and the list. What is stored is read through a schema
 * (landed-choices.ts) that loads only when something is stored: until it has loaded, and when
 * nothing is stored (most visitors), the choices are the defaults. A choice made on this page
 * is read back as it was made, so that it shows at once.
 */
import { lazyReader } from '@/components/storage/lazy-reader';
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import { defaultLandedOptions, type LandedOptions } from '@/lib/domain/landed-cost';

/** What this page wrote last: read back as written, with or without the schema. */
let written: { raw: string; value: LandedOptions } | null = null;

const reader = lazyReader(
  () => import('./landed-choices').then((m) => m.readLandedChoices),
  () => landedStore.refresh(),
);

export const landedStore = createLocalStore('pifa.landed-cost', (raw): LandedOptions | null => {
  if (raw === null) return defaultLandedOptions();
  if (written?.raw === raw) return written.value;
  return reader.read(raw) ?? null;
});

function save(next: LandedOptions) {
  written = { raw: JSON.stringify(next), value: next };
  landedStore.write(written.raw);
}

/**
 * Saves the choices the form now shows. While stored choices are still being read, the form
 * shows the defaults: what the buyer changed is then laid over the stored choices once they
 * are read, so that the others are kept.
 */
function change(next: LandedOptions) {
  const stored = landedStore.getRaw();
  if (reader.loaded() || stored === null || written?.raw === stored) return save(next);
  const defaults = defaultLandedOptions();
  const changed = Object.fromEntries(
    Object.entries(next).filter(([key, value]) => defaults[key as keyof LandedOptions] !== value),
  );
  reader.ready().then(
    () => save({ ...reader.read(stored)!, ...changed }),
    () => save(next),
  );
}

export function useLandedOptions(): [LandedOptions, (next: LandedOptions) => void] {
  const value = useLocalStore(landedStore) ?? defaultLandedOptions();
  return [value, change];
}
