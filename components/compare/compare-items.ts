/**
 * The comparison as this browser stores it, read through a schema: loaded by compare-store.ts
 * once a page is interactive rather than with every page that shows a compare button.
 */
import * as z from '@/lib/domain/zod';
import { MAX_COMPARE } from '@/lib/domain/compare-links';
import { offerId } from '@/lib/domain/schemas';

const item = z.object({ id: offerId, title: z.string(), image: z.string() });
export type CompareItem = z.infer<typeof item>;
const stored = z.object({
  version: z.literal(1),
  items: z.array(item).check(z.maxLength(MAX_COMPARE)),
});

/** The stored offers; none when nothing is stored or what is stored cannot be read. */
export function readCompare(raw: string | null): CompareItem[] {
  if (!raw) return [];
  try {
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.items : [];
  } catch {
    return [];
  }
}
