/**
 * The buyer's sourcing list as it is kept in the browser and carried by share links: a
 * versioned shape, parsed with zod whenever it is read. Each offer keeps a copy of what the
 * buyer saw when adding it (prices, tiers, MOQ, supplier, package), so that the list can be
 * shown and totalled before current data arrives, and a later price change can be pointed out.
 * A value that is corrupt, or of a version this code cannot migrate, is reported and never
 * crashes the page.
 */
import * as z from './zod';
import { MAX_QUANTITY } from './order';
import { money, offerId, priceTier, skuAttribute } from './schemas';

export const LIST_VERSION = 1;
export const MAX_LIST_OFFERS = 200;
export const MAX_NOTE_LENGTH = 500;

export const listLine = z.object({
  /** The SKU id, or '' for an offer sold without variants. */
  skuId: z.string().check(z.maxLength(64)),
  variant: z.array(skuAttribute).check(z.maxLength(6)),
  quantity: z.int().check(z.minimum(0), z.maximum(MAX_QUANTITY)),
  note: z._default(z.string().check(z.maxLength(MAX_NOTE_LENGTH)), ''),
  /** The SKU's own price when it was added (what per-SKU offers charge). */
  skuPrice: money,
});
export type ListLine = z.infer<typeof listLine>;

const length = z.number().check(z.positive());
const dimensions = z.object({ length, width: length, height: length });

/** A string of at most `max` characters (at least `min`). */
const text = (max: number, min = 0) =>
  z.string().check(...(min ? [z.minLength(min)] : []), z.maxLength(max));

export const listOffer = z.object({
  id: offerId,
  title: text(300, 1),
  titleZh: text(300),
  image: text(2000),
  unit: text(20, 1),
  sourceUrl: z.url(),
  supplier: z.object({
    id: text(100, 1),
    name: text(200),
    nameZh: z.optional(text(200)),
    location: text(200),
    shopUrl: z.optional(z.url()),
  }),
  pricing: z.enum(['tiered', 'per_sku']),
  tiers: z.array(priceTier).check(z.minLength(1), z.maxLength(20)),
  moq: z.int().check(z.positive()),
  lotSize: z.int().check(z.positive()),
  shipping: z.object({
    weightKg: z.optional(z.number().check(z.nonnegative())),
    dimensionsCm: z.optional(dimensions),
  }),
  consignPrice: z.optional(money),
  addedAt: text(40),
  lines: z.array(listLine).check(z.minLength(1), z.maxLength(100)),
});
export type ListOffer = z.infer<typeof listOffer>;

export const sourcingList = z.object({
  version: z.literal(LIST_VERSION),
  offers: z.array(listOffer).check(z.maxLength(MAX_LIST_OFFERS)),
});
export type SourcingList = z.infer<typeof sourcingList>;

export const EMPTY_LIST: SourcingList = { version: LIST_VERSION, offers: [] };

/**
 * Steps from an older version to the next one, keyed by the version they read. Add one here
 * (and bump LIST_VERSION) whenever the shape above changes, so that saved lists carry over.
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type ListProblem = {
  kind: 'corrupt' | 'unsupported_version';
  /** In English, for logs and support; the interface words the problem from the fields below. */
  message: string;
  /** What could not be read (corrupt), technical and in English: "it is not valid JSON". */
  detail?: string;
  /** The list's version (unsupported_version), and whether it is newer than this pifa's. */
  version?: string;
  newer?: boolean;
};

export type ReadResult = { list: SourcingList; problem: ListProblem | null };

/** Reads a stored or shared list; anything unreadable gives an empty list and a problem. */
export function readList(
  text: string | null,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ReadResult {
  if (text === null || text === '') return { list: EMPTY_LIST, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return corrupt('it is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return corrupt('it is not a list');
  }
  let data = value as Record<string, unknown>;
  let version = data.version;
  while (typeof version === 'number' && version < LIST_VERSION && migrations[version]) {
    data = migrations[version]!(data);
    version = data.version;
  }
  if (version !== LIST_VERSION) {
    return {
      list: EMPTY_LIST,
      problem: {
        kind: 'unsupported_version',
        version: String(version),
        newer: typeof version === 'number' && version > LIST_VERSION,
        message:
          typeof version === 'number' && version > LIST_VERSION
            ? `It was saved by a newer version of pifa (list version ${version}); reload the page to update.`
            : `It was saved in a format this version of pifa cannot read (list version ${String(version)}).`,
      },
    };
  }
  const parsed = sourcingList.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return corrupt(`${issue?.path.join('.') || 'the list'}: ${issue?.message ?? 'invalid'}`);
  }
  return { list: parsed.data, problem: null };
}

function corrupt(why: string): ReadResult {
  return {
    list: EMPTY_LIST,
    problem: { kind: 'corrupt', detail: why, message: `It could not be read: ${why}.` },
  };
}

export function writeList(list: SourcingList): string {
  return JSON.stringify(list);
}

export function lineCount(list: SourcingList): number {
  return list.offers.reduce((n, o) => n + o.lines.length, 0);
}

/** How many units of one offer the list holds, across its lines. */
export function offerQuantity(list: SourcingList, offerId: string): number {
  return list.offers.find((o) => o.id === offerId)?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
}
