'use client';

/**
 * The buyer's landed-cost choices (destination, shipping method, agent fee, taxes), the same
 * on the product page, the comparison and the list.
 */
import * as z from '@/lib/domain/zod';
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import { defaultLandedOptions, type LandedOptions, RATES } from '@/lib/domain/landed-cost';

const percent = z.number().check(z.minimum(0), z.maximum(100));
const options = z.object({
  destination: z.string().check(z.refine((c) => RATES.destinations.some((d) => d.code === c))),
  method: z.enum(['express_air', 'economy_air', 'sea_rail']),
  agentFeePercent: percent,
  includeTaxes: z.boolean(),
  dutyPercent: percent,
  vatPercent: percent,
});

export const landedStore = createLocalStore('pifa.landed-cost', (raw): LandedOptions => {
  try {
    const parsed = options.safeParse(JSON.parse(raw ?? 'null'));
    return parsed.success ? parsed.data : defaultLandedOptions();
  } catch {
    return defaultLandedOptions();
  }
});

export function useLandedOptions(): [LandedOptions, (next: LandedOptions) => void] {
  const value = useLocalStore(landedStore) ?? defaultLandedOptions();
  return [value, (next) => landedStore.write(JSON.stringify(next))];
}
