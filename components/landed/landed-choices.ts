/**
 * Stored landed-cost choices, read through a schema: loaded by landed-store.ts only when this
 * browser has stored some. A value that cannot be read gives the defaults.
 */
import * as z from '@/lib/domain/zod';
import {
  defaultLandedOptions,
  type LandedOptions,
  METHOD_IDS,
  RATES,
} from '@/lib/domain/landed-cost';

const percent = z.number().check(z.minimum(0), z.maximum(100));
const options = z.object({
  destination: z.string().check(z.refine((c) => RATES.destinations.some((d) => d.code === c))),
  method: z.enum(METHOD_IDS),
  agentFeePercent: percent,
  includeTaxes: z.boolean(),
  dutyPercent: percent,
  vatPercent: percent,
});

export function readLandedChoices(raw: string): LandedOptions {
  try {
    const parsed = options.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultLandedOptions();
  } catch {
    return defaultLandedOptions();
  }
}
