/**
 * Live probes of the 1688 gateway, run on the server: is it reachable and does it accept our
 * signature, is each API the storefront needs granted and authorized, and does each answer in
 * the shape pifa reads (validated with the very readers the catalog uses, lib/gateway/shapes)?
 * Each result says what to do about it in plain words; a changed shape comes with a masked
 * sample for a bug report.
 */
import { APIS, type ApiSpec } from '@/lib/gateway/apis';
import type { GatewayClient } from '@/lib/gateway/client';
import type { ShapeIssue } from '@/lib/gateway/drift';
import { unwrap } from '@/lib/gateway/envelope';
import { isGatewayError } from '@/lib/gateway/errors';
import { itemsOf, readCategoryNode, readDetail, readSearch } from '@/lib/gateway/shapes';

export type ProbeOutcome =
  | 'ok'
  | 'not_granted'
  | 'signature_rejected'
  | 'needs_authorization'
  | 'token_expired'
  | 'rate_limited'
  | 'quota_exhausted'
  | 'unreachable'
  | 'timed_out'
  | 'error'
  | 'shape_changed'
  | 'skipped';

export type ProbeResult = {
  id: string;
  name: string;
  api: string;
  outcome: ProbeOutcome;
  /**
   * Why, as a stable code: pages word `detail` and `fix` from it (with `values`) in their
   * language; an upstream failure's code (`upstream_…`) words only the fix, as its hint.
   */
  reason: string;
  values?: Record<string, string>;
  latencyMs?: number;
  upstreamCode?: string;
  requestId?: string;
  detail: string;
  fix?: string;
  /** What changed in the answer's shape (each kind with a masked sample). */
  shape?: ShapeIssue[];
};

const CONSOLE =
  'the 1688 Open Platform console (open.1688.com → 控制台 Console → 应用管理 App management → API权限 API permissions)';

function classify(
  error: unknown,
  api: ApiSpec,
): Pick<
  ProbeResult,
  'outcome' | 'reason' | 'values' | 'upstreamCode' | 'requestId' | 'detail' | 'fix'
> {
  if (!isGatewayError(error))
    return {
      outcome: 'error',
      reason: 'unexpected',
      detail: 'The probe failed unexpectedly.',
      fix: 'Check the server log.',
    };
  const ids = {
    upstreamCode: error.upstreamCode,
    requestId: error.requestId,
    reason: error.code as string,
  };
  switch (error.code) {
    case 'upstream_not_granted':
      return {
        ...ids,
        outcome: 'not_granted',
        reason: 'not_granted',
        values: { api: `${api.namespace}:${api.name}`, name: api.name },
        detail: `Your app is not granted ${api.namespace}:${api.name}.`,
        fix: `Apply for ${api.name} in ${CONSOLE}. Approval usually takes 1–3 business days; this check turns green by itself afterwards.`,
      };
    case 'upstream_signature_rejected':
      return { ...ids, outcome: 'signature_rejected', detail: error.message, fix: error.hint };
    case 'upstream_app_key_unknown':
      return { ...ids, outcome: 'signature_rejected', detail: error.message, fix: error.hint };
    case 'upstream_not_authorized':
      return error.httpStatus === undefined
        ? {
            ...ids,
            outcome: 'needs_authorization',
            reason: 'needs_authorization',
            detail: 'No 1688 user authorization (access token) is available.',
            fix: 'Click “Connect 1688 account” below (or set ALIBABA_ACCESS_TOKEN to a token issued in the 1688 console).',
          }
        : {
            ...ids,
            outcome: 'token_expired',
            reason: 'token_expired',
            detail: '1688 rejected the access token: it expired or was revoked.',
            fix: 'Click “Connect 1688 account” below to authorize again.',
          };
    case 'upstream_rate_limited':
      return {
        ...ids,
        outcome: 'rate_limited',
        reason: 'rate_limited',
        detail: error.message,
        fix: 'Wait a minute and run the checks again.',
      };
    case 'upstream_quota_exhausted':
      return { ...ids, outcome: 'quota_exhausted', detail: error.message, fix: error.hint };
    case 'upstream_unavailable':
      return {
        ...ids,
        outcome: 'unreachable',
        reason: 'unreachable',
        detail: error.message,
        fix: 'Check ALIBABA_API_URL and this server’s network access to gw.open.1688.com.',
      };
    case 'upstream_timeout':
      return {
        ...ids,
        outcome: 'timed_out',
        reason: 'timed_out',
        detail: error.message,
        fix: 'The gateway is slow or blocked; run the checks again in a minute.',
      };
    default:
      return { ...ids, outcome: 'error', detail: error.message, fix: error.hint };
  }
}

type ProbeSpec = {
  id: string;
  name: string;
  api: ApiSpec;
  /** Runs the probe; reads the answer with the catalog's reader, handing it `shape` issues. */
  run: (
    client: GatewayClient,
    found: { offerId?: string },
    shape: (issues: ShapeIssue[]) => void,
  ) => Promise<void>;
};

const PROBES: ProbeSpec[] = [
  {
    id: 'gateway',
    name: 'Gateway reachable, signature accepted',
    api: APIS.currentTime,
    run: async (c) => void (await c.call(APIS.currentTime)),
  },
  {
    id: 'categories',
    name: 'Categories (translated)',
    api: APIS.categoryTranslation,
    run: async (c, _found, shape) => {
      const api = APIS.categoryTranslation;
      const body = await c.call(api, { categoryId: 0, language: 'en' });
      readCategoryNode(api.name, unwrap(api.name, body), shape);
    },
  },
  {
    id: 'search',
    name: 'Keyword search',
    api: APIS.keywordSearch,
    run: async (c, found, shape) => {
      const api = APIS.keywordSearch;
      const body = await c.call(api, {
        offerQueryParam: { keyword: '手机壳', beginPage: 1, pageSize: 5, country: 'en' },
      });
      const read = readSearch(api.name, unwrap(api.name, body), shape);
      found.offerId = itemsOf(read)[0]?.id;
    },
  },
  {
    id: 'detail',
    name: 'Product detail',
    api: APIS.productDetail,
    run: async (c, found, shape) => {
      const api = APIS.productDetail;
      const body = await c.call(api, {
        offerDetailParam: { offerId: found.offerId, country: 'en' },
      });
      readDetail(api.name, unwrap(api.name, body), shape);
    },
  },
  {
    id: 'image',
    name: 'Image search permission',
    api: APIS.imageSearch,
    run: async (c) =>
      void (await c.call(APIS.imageSearch, {
        offerQueryParam: { imageId: '0', beginPage: 1, pageSize: 1, country: 'en' },
      })),
  },
];

export async function runProbes(
  client: GatewayClient,
  now: () => number = Date.now,
): Promise<ProbeResult[]> {
  const found: { offerId?: string } = {};
  const results: ProbeResult[] = [];
  for (const probe of PROBES) {
    const base = { id: probe.id, name: probe.name, api: probe.api.name };
    const gateway = results[0];
    if (gateway && gateway.outcome !== 'ok' && probe.id !== 'gateway') {
      results.push({
        ...base,
        outcome: 'skipped',
        reason: 'skipped_gateway',
        detail: 'Skipped: the gateway check failed.',
      });
      continue;
    }
    if (probe.id === 'detail' && !found.offerId) {
      results.push({
        ...base,
        outcome: 'skipped',
        reason: 'skipped_no_offer',
        detail: 'Skipped: the keyword search found no offer to open.',
      });
      continue;
    }
    const started = now();
    const shape: ShapeIssue[] = [];
    const changed = (unreadable = false) => ({
      ...base,
      latencyMs: now() - started,
      outcome: 'shape_changed' as const,
      reason: unreadable ? 'shape_unreadable' : 'shape_partial',
      values: { kinds: shape.map((i) => i.kind).join('; ') },
      detail: `1688 answers in a shape pifa ${unreadable ? 'cannot read' : 'reads only in part'}: ${shape.map((i) => i.kind).join('; ')}.`,
      fix: 'pifa shows what it can read and counts the rest. Copy the masked sample below into a bug report.',
      shape,
    });
    try {
      await probe.run(client, found, (issues) => shape.push(...issues));
      results.push(
        shape.length
          ? changed()
          : {
              ...base,
              outcome: 'ok',
              reason: 'works',
              latencyMs: now() - started,
              detail: 'Works; the answer reads as expected.',
            },
      );
    } catch (error) {
      const unreadable = isGatewayError(error) && error.code === 'upstream_bad_response';
      results.push(
        unreadable && shape.length
          ? changed(true)
          : { ...base, latencyMs: now() - started, ...classify(error, probe.api) },
      );
    }
  }
  return results;
}
