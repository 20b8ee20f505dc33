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
  skuId: z.string().max(64),
  variant: z.array(skuAttribute).max(6),
  quantity: z.number().int().min(0).max(MAX_QUANTITY),
  note: z.string().max(MAX_NOTE_LENGTH).default(''),
  /** The SKU's own price when it was added (what per-SKU offers charge). */
  skuPrice: money,
});
export type ListLine = z.infer<typeof listLine>;

const dimensions = z.object({
  length: z.number().positive(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const listOffer = z.object({
  id: offerId,
  title: z.string().min(1).max(300),
  titleZh: z.string().max(300),
  image: z.string().max(2000),
  unit: z.string().min(1).max(20),
  sourceUrl: z.string().url(),
  supplier: z.object({
    id: z.string().min(1).max(100),
    name: z.string().max(200),
    nameZh: z.string().max(200).optional(),
    location: z.string().max(200),
    shopUrl: z.string().url().optional(),
  }),
  pricing: z.enum(['tiered', 'per_sku']),
  tiers: z.array(priceTier).min(1).max(20),
  moq: z.number().int().positive(),
  lotSize: z.number().int().positive(),
  shipping: z.object({
    weightKg: z.number().nonnegative().optional(),
    dimensionsCm: dimensions.optional(),
  }),
  consignPrice: money.optional(),
  addedAt: z.string().max(40),
  lines: z.array(listLine).min(1).max(100),
});
export type ListOffer = z.infer<typeof listOffer>;

export const sourcingList = z.object({
  version: z.literal(LIST_VERSION),
  offers: z.array(listOffer).max(MAX_LIST_OFFERS),
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
