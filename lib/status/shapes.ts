/**
 * The "response shapes" part of /api-status: for each API the storefront reads, whether the
 * last probe found its answer in the expected shape, and what drift the catalog met in real
 * traffic since the server started (from lib/gateway/drift.ts), each kind with its sample.
 */
import { APIS } from '@/lib/gateway/apis';
import { driftRecords } from '@/lib/gateway/drift';
import type { ProbeResult } from './probes';
import type { StatusReport } from './schema';

const READ_APIS = [
  APIS.categoryTranslation,
  APIS.keywordSearch,
  APIS.productDetail,
  APIS.imageSearch,
  APIS.sellerOffers,
].map((a) => a.name);

export function shapesReport(probes: ProbeResult[] | null): StatusReport['shapes'] {
  const drift = driftRecords();
  return READ_APIS.map((api) => {
    const probe = probes?.find((p) => p.api === api);
    const state =
      !probe || probe.outcome === 'skipped' || (probe.outcome !== 'ok' && !probe.shape)
        ? 'unchecked'
        : probe.outcome === 'shape_changed'
          ? 'changed'
          : 'ok';
    return {
      api,
      probe: state,
      drift: drift
        .filter((d) => d.api === api)
        .map(({ kind, rows, answers, firstAt, lastAt, sample }) => ({
          kind,
          rows,
          answers,
          firstAt,
          lastAt,
          sample,
        })),
    };
  });
}
