/** The diagnostics report: one schema for /api/status, the page and its SWR fetcher. */
import * as z from '@/lib/domain/zod';

const outcome = z.enum([
  'ok',
  'not_granted',
  'signature_rejected',
  'needs_authorization',
  'token_expired',
  'rate_limited',
  'quota_exhausted',
  'unreachable',
  'timed_out',
  'error',
  'shape_changed',
  'skipped',
]);

const shapeIssue = z.object({ kind: z.string(), rows: z.number(), sample: z.unknown() });

export const health = z.enum(['ok', 'degraded', 'failing', 'unknown']);
export type Health = z.infer<typeof health>;

const configStatus = z.enum(['configured', 'not_configured', 'misconfigured']);

/** What any visitor sees. */
export const publicStatus = z.object({
  generatedAt: z.string(),
  operator: z.literal(false),
  source: z.enum(['mock', 'live']),
  configured: configStatus,
  message: z.string(),
  health,
  checkedAt: z.nullable(z.string()),
});
export type PublicStatus = z.infer<typeof publicStatus>;

/** The operator's whole report. */
export const statusReport = z.object({
  generatedAt: z.string(),
  operator: z.literal(true),
  health,
  config: z.object({
    appKey: z.object({
      configured: z.boolean(),
      length: z.optional(z.number()),
      lastTwo: z.optional(z.string()),
    }),
    appSecret: z.object({ configured: z.boolean() }),
    status: configStatus,
    message: z.string(),
  }),
  checks: z.array(
    z.object({
      id: z.string(),
      /** What was found, for pages to word in their language (with `values`). */
      code: z.string(),
      values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
      severity: z.enum(['critical', 'warning']),
      message: z.string(),
      fix: z.string(),
    }),
  ),
  source: z.object({ source: z.enum(['mock', 'live']), code: z.string(), reason: z.string() }),
  probes: z.nullable(
    z.object({
      ranAt: z.string(),
      results: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          api: z.string(),
          outcome,
          /** Why, for pages to word `detail` and `fix` in their language (with `values`). */
          reason: z.string(),
          values: z.optional(z.record(z.string(), z.string())),
          latencyMs: z.optional(z.number()),
          upstreamCode: z.optional(z.string()),
          requestId: z.optional(z.string()),
          detail: z.string(),
          fix: z.optional(z.string()),
          shape: z.optional(z.array(shapeIssue)),
        }),
      ),
    }),
  ),
  /**
   * Response shapes per API: what the last probe found, and the drift seen in the catalog's own
   * traffic since start (each kind with a masked sample: field names and types, ids kept).
   */
  shapes: z.array(
    z.object({
      api: z.string(),
      probe: z.enum(['ok', 'changed', 'unchecked']),
      drift: z.array(
        z.extend(shapeIssue, { answers: z.number(), firstAt: z.string(), lastAt: z.string() }),
      ),
    }),
  ),
  categoryTree: z.nullable(
    z.object({
      known: z.number(),
      read: z.number(),
      store: z.string(),
      reads: z.number(),
      refreshes: z.number(),
      fromStore: z.number(),
    }),
  ),
  probesNote: z.optional(z.string()),
  authorization: z.object({
    source: z.enum(['none', 'environment', 'oauth']),
    resourceOwner: z.optional(z.string()),
    accessExpiresAt: z.optional(z.string()),
    refreshExpiresAt: z.optional(z.string()),
    expired: z.boolean(),
    store: z.optional(z.string()),
    storeError: z.optional(z.string()),
    lastRefreshError: z.optional(z.string()),
  }),
  cache: z.nullable(
    z.object({
      entries: z.number(),
      bytes: z.number(),
      maxBytes: z.number(),
      hits: z.number(),
      misses: z.number(),
      staleServed: z.number(),
      coalesced: z.number(),
      loads: z.number(),
    }),
  ),
  quota: z.nullable(
    z.object({
      day: z.string(),
      calls: z.record(z.string(), z.number()),
      total: z.number(),
      budget: z.nullable(z.number()),
      remaining: z.nullable(z.number()),
      blocked: z.number(),
      perSecond: z.number(),
    }),
  ),
  redis: z.object({
    configured: z.boolean(),
    connected: z.boolean(),
    lastError: z.optional(z.string()),
    lastErrorAt: z.optional(z.string()),
  }),
  upstream: z.object({
    since: z.string(),
    calls: z.record(z.string(), z.object({ ok: z.number(), failed: z.number() })),
    errors: z.array(
      z.object({
        api: z.string(),
        code: z.string(),
        requestId: z.optional(z.string()),
        at: z.string(),
      }),
    ),
  }),
});

export type StatusReport = z.infer<typeof statusReport>;
export type ProbeOutcomeName = z.infer<typeof outcome>;

export const anyStatus = z.discriminatedUnion('operator', [publicStatus, statusReport]);
export type AnyStatus = z.infer<typeof anyStatus>;
