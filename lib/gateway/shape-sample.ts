/**
 * A redacted copy of what 1688 sent, for an operator to paste into a bug report: every field
 * name and every value's type, the values themselves masked (a title, a price or a company
 * name says nothing about the shape and may be a seller's data), ids kept (they let 1688's
 * support find the offer). Bounded in depth, in list length and in size.
 */
const ID_KEY = /(^id$|Id$|ID$|_id$|^requestId$)/;
const MAX_DEPTH = 5;
const MAX_ITEMS = 3;
const MAX_KEYS = 40;

function describe(value: unknown): string {
  if (typeof value === 'string') return `‹string·${value.length}›`;
  if (typeof value === 'number') return Number.isInteger(value) ? '‹integer›' : '‹number›';
  if (typeof value === 'boolean') return '‹boolean›';
  return `‹${typeof value}›`;
}

function keepId(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^[\w.:-]{1,64}$/.test(value)) return value;
  return describe(value);
}

export function maskedSample(value: unknown, depth = 0, key = ''): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (ID_KEY.test(key) && typeof value !== 'object') return keepId(value);
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return `‹array·${value.length}›`;
    const items = value.slice(0, MAX_ITEMS).map((v) => maskedSample(v, depth + 1, key));
    return value.length > MAX_ITEMS ? [...items, `‹${value.length - MAX_ITEMS} more›`] : items;
  }
  if (typeof value === 'object') {
    if (depth >= MAX_DEPTH) return '‹object›';
    const entries = Object.entries(value as Record<string, unknown>);
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries.slice(0, MAX_KEYS)) out[k] = maskedSample(v, depth + 1, k);
    if (entries.length > MAX_KEYS) out['…'] = `‹${entries.length - MAX_KEYS} more fields›`;
    return out;
  }
  return describe(value);
}
