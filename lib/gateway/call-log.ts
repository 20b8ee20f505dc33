/**
 * Upstream calls since the server started: a count per API and the last 20 failures (code,
 * API, time, request id; nothing else). Kept on globalThis so that every server bundle that
 * loads this module records into, and reads from, the same place.
 */
import type { CallRecord } from './client';

export type UpstreamError = { api: string; code: string; requestId?: string; at: string };
export type UpstreamActivity = {
  since: string;
  calls: Record<string, { ok: number; failed: number }>;
  errors: UpstreamError[];
};

const KEY = Symbol.for('pifa.upstreamActivity');
const MAX_ERRORS = 20;

type State = {
  since: number;
  calls: Map<string, { ok: number; failed: number }>;
  errors: UpstreamError[];
};

function state(): State {
  const g = globalThis as typeof globalThis & { [KEY]?: State };
  g[KEY] ??= { since: Date.now(), calls: new Map(), errors: [] };
  return g[KEY];
}

export function recordCall(record: CallRecord): void {
  const s = state();
  const entry = s.calls.get(record.api) ?? { ok: 0, failed: 0 };
  if (record.ok) entry.ok++;
  else entry.failed++;
  s.calls.set(record.api, entry);
  if (!record.ok) {
    s.errors.unshift({
      api: record.api,
      code: record.code ?? 'error',
      requestId: record.requestId,
      at: new Date(record.at).toISOString(),
    });
    s.errors.length = Math.min(s.errors.length, MAX_ERRORS);
  }
}

export function upstreamActivity(): UpstreamActivity {
  const s = state();
  return {
    since: new Date(s.since).toISOString(),
    calls: Object.fromEntries(s.calls),
    errors: [...s.errors],
  };
}
