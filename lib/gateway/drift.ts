/**
 * Changes in the shape of 1688's answers, counted rather than swallowed: each kind of drift
 * (a field missing, a price sent as an object…) per API, how many rows it spoiled since the
 * server started, when it was first and last seen, and one masked sample of a spoiled row for
 * the operator (lib/gateway/shape-sample.ts). One log line per new kind, never one per row.
 * Kept on globalThis so that every server bundle records into, and reads from, one place.
 */
import type { GatewayLogger } from './client';

export type ShapeIssue = {
  /** Plain words: "offerId missing", "priceInfo.price is an object (expected a decimal)". */
  kind: string;
  /** Rows (or answers) it spoiled in this answer. */
  rows: number;
  /** A masked copy of one spoiled row. */
  sample: unknown;
};

export type DriftRecord = {
  api: string;
  kind: string;
  rows: number;
  answers: number;
  firstAt: string;
  lastAt: string;
  sample: unknown;
};

const KEY = Symbol.for('pifa.shapeDrift');
const MAX_KINDS = 50;

type State = Map<string, DriftRecord>;

function state(): State {
  const g = globalThis as typeof globalThis & { [KEY]?: State };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Adds one answer's issues; logs a kind the first time it is seen. */
export function recordDrift(
  api: string,
  issues: readonly ShapeIssue[],
  logger?: GatewayLogger,
  now: number = Date.now(),
): void {
  const s = state();
  const at = new Date(now).toISOString();
  for (const issue of issues) {
    const key = `${api}\u0000${issue.kind}`;
    const known = s.get(key);
    if (known) {
      known.rows += issue.rows;
      known.answers += 1;
      known.lastAt = at;
      continue;
    }
    if (s.size >= MAX_KINDS) continue;
    s.set(key, {
      api,
      kind: issue.kind,
      rows: issue.rows,
      answers: 1,
      firstAt: at,
      lastAt: at,
      sample: issue.sample,
    });
    logger?.warn(
      `⚠ 1688 changed the shape of ${api}: ${issue.kind} (${issue.rows} ${issue.rows === 1 ? 'row' : 'rows'}); a masked sample is on /api-status`,
    );
  }
}

export function driftRecords(): DriftRecord[] {
  return [...state().values()];
}

/** Forgets what was seen (tests). */
export function resetDrift(): void {
  state().clear();
}
