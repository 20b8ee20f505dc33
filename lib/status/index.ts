/**
 * The facts behind /api-status and /api/status: configuration and its checks, the data
 * source, live probes (cached for a minute and run at most once at a time, so visitors cannot
 * burn the API quota), the authorization, caches, quota, pages kept in memory and upstream
 * activity. Never a secret's value.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import { getDataSource, getLiveContext } from '@/lib/catalog';
import { AppError } from '@/lib/domain/errors';
import { checkConfig, summarize, type RawEnv } from './checks';
import { runProbes, type ProbeResult } from './probes';
import { upstreamActivity } from '@/lib/gateway/call-log';
import type { StatusReport } from './schema';

export const PROBE_TTL_MS = 60_000;
export const FORCE_MIN_INTERVAL_MS = 5_000;

type ProbeCache = { at: number; results: ProbeResult[] } | null;
const KEY = Symbol.for('pifa.probeCache');
type State = { cache: ProbeCache; running: Promise<ProbeCache> | null; forcedAt: number };
function state(): State {
  const g = globalThis as typeof globalThis & { [KEY]?: State };
  g[KEY] ??= { cache: null, running: null, forcedAt: 0 };
  return g[KEY];
}

/** `.env.local` as it is on disk now (to notice a server that was not restarted). */
function envFile(): RawEnv | null {
  try {
    return parse(readFileSync(resolve(process.cwd(), '.env.local'), 'utf8'));
  } catch {
    return null;
  }
}

async function probes(force: boolean): Promise<ProbeCache> {
  const live = getLiveContext();
  if (!live) return null;
  const s = state();
  const now = Date.now();
  if (force) {
    if (now - s.forcedAt < FORCE_MIN_INTERVAL_MS) {
      throw new AppError(
        'too_many_requests',
        'The checks were run again a few seconds ago; wait a moment.',
        {
          hint: `Forced checks run at most once every ${FORCE_MIN_INTERVAL_MS / 1000} seconds.`,
        },
      );
    }
    s.forcedAt = now;
  }
  if (!force && s.cache && now - s.cache.at < PROBE_TTL_MS) return s.cache;
  s.running ??= runProbes(live.probeClient)
    .then((results) => (s.cache = { at: Date.now(), results }))
    .finally(() => {
      s.running = null;
    });
  return s.running;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export async function getStatus(options: { force?: boolean } = {}): Promise<StatusReport> {
  const env = process.env as RawEnv;
  const checks = checkConfig(env, envFile());
  const live = getLiveContext();
  const [cache, tokens, quota] = await Promise.all([
    probes(options.force ?? false),
    live?.tokens.status(),
    live?.quota.snapshot(),
  ]);
  return {
    generatedAt: new Date().toISOString(),
    config: summarize(env, checks),
    checks,
    source: getDataSource(),
    probes: cache ? { ranAt: new Date(cache.at).toISOString(), results: cache.results } : null,
    probesNote: live
      ? undefined
      : 'Live checks run when the live 1688 gateway serves (App Key and App Secret set).',
    authorization: tokens
      ? {
          ...tokens,
          accessExpiresAt: iso(tokens.accessExpiresAt),
          refreshExpiresAt: iso(tokens.refreshExpiresAt),
        }
      : { source: env.ALIBABA_ACCESS_TOKEN ? 'environment' : 'none', expired: false },
    cache: live ? live.cache.snapshot() : null,
    quota: quota ?? null,
    redis: live?.redis?.health() ?? { configured: !!env.REDIS_URL, connected: false },
    upstream: upstreamActivity(),
  };
}

/** Forget cached probe results (after connecting or disconnecting an account). */
export function invalidateProbes(): void {
  state().cache = null;
}
