/**
 * The facts behind /api-status and /api/status. A visitor learns what a visitor needs: the data
 * source, whether the configuration is complete, and overall health. The operator also gets
 * the configuration checks, the live probes, the authorization, caches, quota, Redis and
 * upstream activity. Never a secret's value. Probes run at start and on a schedule
 * (PROBE_INTERVAL_MIN), and when the operator asks; a visitor never triggers one.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import { getDataSource, getLiveContext } from '@/lib/catalog';
import { AppError } from '@/lib/domain/errors';
import { checkConfig, summarize, type RawEnv } from './checks';
import { runProbes, type ProbeResult } from './probes';
import { shapesReport } from './shapes';
import { upstreamActivity } from '@/lib/gateway/call-log';
import type { Health, PublicStatus, StatusReport } from './schema';
import { readConfig } from '@/lib/catalog/config';

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

/** Overall health: the configuration, and the last probes in live mode. */
function healthOf(
  status: StatusReport['config']['status'],
  cache: ProbeCache,
  live: boolean,
): Health {
  if (status === 'misconfigured') return 'failing';
  if (!live) return 'ok';
  if (!cache) return 'unknown';
  const outcomes = cache.results.map((r) => r.outcome);
  if (outcomes[0] !== 'ok') return 'failing';
  return outcomes.every((o) => o === 'ok') ? 'ok' : 'degraded';
}

/** What anyone may see: no probe runs for it, no detail of the configuration leaves. */
export function getPublicStatus(): PublicStatus {
  const env = process.env as RawEnv;
  const config = summarize(env, checkConfig(env, envFile()));
  const live = getLiveContext();
  const cache = live ? state().cache : null;
  return {
    generatedAt: new Date().toISOString(),
    operator: false,
    source: getDataSource().source,
    configured: config.status,
    message: config.message,
    health: healthOf(config.status, cache, live !== null),
    checkedAt: cache ? new Date(cache.at).toISOString() : null,
  };
}

/**
 * How many problems the configuration has that keep the live catalog from serving, for the
 * public page to say so in its language (a visitor's JSON carries only the English message).
 */
export function configProblemCount(): number {
  const checks = checkConfig(process.env as RawEnv, envFile());
  return checks.filter((c) => c.severity === 'critical').length;
}

type StatusOptions = { operator: true; force?: boolean };

/** The operator's report: probes are run when the last ones are older than a minute. */
export async function getStatus(options: StatusOptions): Promise<StatusReport> {
  const env = process.env as RawEnv;
  const checks = checkConfig(env, envFile());
  const live = getLiveContext();
  const [cache, tokens, quota] = await Promise.all([
    probes(options.force ?? false),
    live?.tokens.status(),
    live?.quota.snapshot(),
  ]);
  const config = summarize(env, checks);
  return {
    generatedAt: new Date().toISOString(),
    operator: true,
    health: healthOf(config.status, cache, live !== null),
    config,
    checks,
    source: getDataSource(),
    probes: cache ? { ranAt: new Date(cache.at).toISOString(), results: cache.results } : null,
    shapes: live ? shapesReport(cache?.results ?? null) : [],
    categoryTree: live ? live.provider.categories.snapshot() : null,
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

const SCHEDULE = Symbol.for('pifa.probeSchedule');

/** Runs the probes shortly after start, then every PROBE_INTERVAL_MIN minutes (0: never). */
export function startProbeSchedule(): void {
  const g = globalThis as typeof globalThis & { [SCHEDULE]?: NodeJS.Timeout };
  const minutes = readConfig().PROBE_INTERVAL_MIN;
  if (g[SCHEDULE] || minutes <= 0) return;
  const run = () => void probes(false).catch(() => undefined);
  setTimeout(run, 2_000).unref();
  g[SCHEDULE] = setInterval(run, minutes * 60_000);
  g[SCHEDULE].unref();
}
