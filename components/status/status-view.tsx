'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import useSWR from 'swr';
import { type StatusReport, statusReport } from '@/lib/status/schema';
import { OperatorSession } from './operator-session';
import { Dot, OutcomeBadge } from './outcome-badge';
import { CategoryTreeNote, ShapesCard } from './shapes-card';
import { checkText, configText, probeText, sourceText } from './status-text';
import { useUtc } from './use-utc';

async function fetchStatus(url: string): Promise<StatusReport> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return statusReport.parse(body.data);
}

/** The ways the 1688 authorization comes back failed (/api/auth/1688/callback's auth_error). */
const AUTH_ERRORS = new Set(['denied', 'no_code', 'exchange_failed']);

function Card({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The operator's view of /api-status (visitors get components/status/public-status.tsx). */
export function StatusView({
  initial,
  notice,
}: {
  initial: StatusReport;
  notice?: { connected?: boolean; authError?: string };
}) {
  const t = useTranslations('Status');
  const failure = useTranslations('Failure');
  const when = useUtc();
  const { data, mutate, error } = useSWR('/api/status', fetchStatus, {
    fallbackData: initial,
    refreshInterval: 15_000,
  });
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const report = data ?? initial;
  const { config, checks, source, probes, authorization: auth, upstream } = report;
  const problems = checks.filter((c) => c.severity === 'critical').length;
  const tone =
    config.status === 'configured' ? 'green' : config.status === 'misconfigured' ? 'red' : 'amber';

  async function runAgain(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRunning(true);
    setRunError(null);
    try {
      const res = await fetch('/api/status/probes', {
        method: 'POST',
        headers: { Accept: 'application/json' },
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
      await mutate(statusReport.parse(body.data), { revalidate: false });
    } catch (e) {
      setRunError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="space-y-6">
      <OperatorSession operator />
      {notice?.connected ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-emerald-900">
          {t('connected')}
        </p>
      ) : null}
      {notice?.authError ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900">
          {t(`authErrors.${AUTH_ERRORS.has(notice.authError) ? notice.authError : 'other'}`)}
        </p>
      ) : null}
      {error ? (
        <p className="text-sm text-amber-800">{t('refreshFailed', { problem: error.message })}</p>
      ) : null}

      <Card title={t('configuration')} id="config-heading">
        <p className="flex items-center gap-2 text-base" data-testid="config-status">
          <Dot tone={tone} /> <strong>{t('statusLine', { status: config.status })}</strong> ·{' '}
          {configText(t, config.status, problems)}
        </p>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t('appKey')}</dt>
            <dd data-testid="app-key">
              {t(config.appKey.configured ? 'isConfigured' : 'notConfigured')}
              {config.appKey.length
                ? ` ${
                    config.appKey.lastTwo
                      ? t('keyLengthEnds', {
                          count: config.appKey.length,
                          lastTwo: config.appKey.lastTwo,
                        })
                      : t('keyLength', { count: config.appKey.length })
                  }`
                : ''}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('appSecret')}</dt>
            <dd data-testid="app-secret">
              {t(config.appSecret.configured ? 'isConfigured' : 'notConfigured')}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('dataSource')}</dt>
            <dd data-testid="data-source">
              {t(source.source === 'live' ? 'live' : 'mock')} · {sourceText(t, source)}
            </dd>
          </div>
        </dl>
        {checks.length > 0 ? (
          <ul className="mt-4 space-y-2" aria-label={t('problems')}>
            {checks.map((c) => {
              const text = checkText(t, c);
              return (
                <li
                  key={c.id}
                  className={`rounded-lg p-3 text-sm ${c.severity === 'critical' ? 'bg-red-50 text-red-950' : 'bg-amber-50 text-amber-950'}`}
                >
                  <strong>{t(c.severity === 'critical' ? 'fixThis' : 'checkThis')}</strong>{' '}
                  {text.message} <span className="block">→ {text.fix}</span>
                </li>
              );
            })}
          </ul>
        ) : config.status !== 'not_configured' ? (
          <p className="mt-3 text-sm text-emerald-800">{t('noProblems')}</p>
        ) : (
          <p className="mt-3 text-sm text-slate-700">
            {t.rich('howTo', { code: (chunks) => <code>{chunks}</code> })}
          </p>
        )}
      </Card>

      <Card title={t('liveChecks')} id="probes-heading">
        {probes ? (
          <>
            <p className="text-sm text-slate-600">{t('lastRun', { when: when(probes.ranAt) })}</p>
            <ul className="mt-3 divide-y divide-slate-100" aria-label={t('liveChecks')}>
              {probes.results.map((p) => {
                const text = probeText(t, failure, p);
                return (
                  <li key={p.id} className="py-3" data-testid={`probe-${p.id}`}>
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      <OutcomeBadge outcome={p.outcome} />
                      <span className="font-medium">
                        {t.has(`probeNames.${p.id}`) ? t(`probeNames.${p.id}`) : p.name}
                      </span>
                      <code className="text-xs text-slate-600 wrap-anywhere">{p.api}</code>
                      {p.latencyMs !== undefined ? (
                        <span className="text-xs text-slate-600">
                          {t('latency', { ms: p.latencyMs })}
                        </span>
                      ) : null}
                    </div>
                    {p.outcome !== 'ok' ? (
                      <p className="mt-1 text-sm text-slate-800">
                        {text.detail}
                        {text.fix ? <span className="block font-medium">→ {text.fix}</span> : null}
                        {p.upstreamCode || p.requestId ? (
                          <span className="block text-xs text-slate-600">
                            {p.upstreamCode ? t('upstreamCode', { code: p.upstreamCode }) : ''}
                            {p.requestId ? ` · ${t('requestId', { id: p.requestId })}` : ''}
                          </span>
                        ) : null}
                      </p>
                    ) : null}
                    {p.shape?.map((issue) => (
                      <details key={issue.kind} className="mt-1 text-sm">
                        <summary className="cursor-pointer">
                          {t('maskedSample', { kind: issue.kind })}
                        </summary>
                        <pre className="mt-1 max-h-60 overflow-auto rounded bg-slate-50 p-2 text-xs">
                          {JSON.stringify(issue.sample, null, 2)}
                        </pre>
                      </details>
                    ))}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="text-sm text-slate-700">
            {t(report.probesNote ? 'probesNote' : 'noChecks')}
          </p>
        )}
        {probes ? (
          <form method="post" action="/api/status/probes" onSubmit={runAgain} className="mt-3">
            <button
              type="submit"
              disabled={running}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {t(running ? 'running' : 'runAgain')}
            </button>
            {runError ? (
              <span role="alert" className="ml-3 text-sm text-red-700">
                {runError}
              </span>
            ) : null}
          </form>
        ) : null}
      </Card>

      {report.shapes.length ? <ShapesCard shapes={report.shapes} /> : null}

      <Card title={t('authorization')} id="auth-heading">
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t('tokenFrom')}</dt>
            <dd data-testid="token-source">{t(`tokenSources.${auth.source}`)}</dd>
          </div>
          {auth.resourceOwner ? (
            <div>
              <dt className="text-slate-600">{t('account')}</dt>
              <dd data-testid="token-owner">{auth.resourceOwner}</dd>
            </div>
          ) : null}
          {auth.accessExpiresAt ? (
            <div>
              <dt className="text-slate-600">{t('accessExpires')}</dt>
              <dd>{t('renewed', { when: when(auth.accessExpiresAt) })}</dd>
            </div>
          ) : null}
          {auth.refreshExpiresAt ? (
            <div>
              <dt className="text-slate-600">{t('refreshExpires')}</dt>
              <dd>{when(auth.refreshExpiresAt)}</dd>
            </div>
          ) : null}
        </dl>
        {auth.storeError ? (
          <p role="alert" className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-900">
            {auth.storeError}
          </p>
        ) : null}
        {auth.lastRefreshError ? (
          <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
            {t('refreshError', { problem: auth.lastRefreshError })}
          </p>
        ) : null}
        {source.source === 'live' ? (
          <div className="mt-4 flex flex-wrap gap-3">
            <form method="post" action="/api/auth/1688/login">
              <button
                type="submit"
                className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
              >
                {t(auth.source === 'oauth' ? 'reconnect' : 'connect')}
              </button>
            </form>
            {auth.source === 'oauth' ? (
              <form method="post" action="/api/auth/1688/disconnect">
                <button
                  type="submit"
                  className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50"
                >
                  {t('disconnect')}
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
      </Card>

      <Card title={t('cacheTitle')} id="cache-heading">
        {report.cache && report.quota ? (
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">{t('cache')}</dt>
              <dd data-testid="cache-stats">
                {t('cacheStats', {
                  entries: report.cache.entries,
                  hits: report.cache.hits,
                  misses: report.cache.misses,
                  stale: report.cache.staleServed,
                  coalesced: report.cache.coalesced,
                })}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('callsToday', { day: report.quota.day })}</dt>
              <dd data-testid="quota">
                {report.quota.budget === null
                  ? t('quotaNoBudget', { total: report.quota.total })
                  : t(report.quota.blocked ? 'quotaBlocked' : 'quotaBudget', {
                      total: report.quota.total,
                      budget: report.quota.budget,
                      remaining: report.quota.remaining ?? 0,
                      blocked: report.quota.blocked,
                    })}
                {` · ${t('perSecond', { count: report.quota.perSecond })}`}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('redis')}</dt>
              <dd data-testid="redis-health" className="flex items-center gap-2">
                <Dot
                  tone={
                    !report.redis.configured ? 'grey' : report.redis.connected ? 'green' : 'red'
                  }
                />
                {!report.redis.configured
                  ? t('redisUnused')
                  : report.redis.connected
                    ? t('redisConnected')
                    : report.redis.lastError
                      ? t('redisUnreachableError', { problem: report.redis.lastError })
                      : t('redisUnreachable')}
              </dd>
            </div>
          </dl>
        ) : (
          <p className="text-sm text-slate-700">{t('mockCache')}</p>
        )}
        <CategoryTreeNote tree={report.categoryTree} />
      </Card>

      <Card title={t('activity')} id="activity-heading">
        <p className="text-sm text-slate-600">{t('callsSince', { when: when(upstream.since) })}</p>
        {Object.keys(upstream.calls).length ? (
          // API names wrap on a phone; the table scrolls in its box if it still does not fit.
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1">
                    {t('api')}
                  </th>
                  <th scope="col" className="pr-2">
                    {t('succeeded')}
                  </th>
                  <th scope="col">{t('failed')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(upstream.calls).map(([api, c]) => (
                  <tr key={api} className="border-t border-slate-100">
                    <td className="py-1 pr-2">
                      <code className="wrap-anywhere">{api}</code>
                    </td>
                    <td>{c.ok}</td>
                    <td>{c.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-sm">{t('noCalls')}</p>
        )}
        {upstream.errors.length ? (
          <>
            <h3 className="mt-4 text-sm font-semibold">{t('lastErrors')}</h3>
            <ul className="mt-1 space-y-1 text-sm" aria-label={t('lastErrorsLabel')}>
              {upstream.errors.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  {t.rich('errorOn', {
                    error: e.code,
                    api: e.api,
                    when: when(e.at),
                    code: (chunks) => <code className="wrap-anywhere">{chunks}</code>,
                  })}
                  {e.requestId ? ` · ${t('requestId', { id: e.requestId })}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
    </div>
  );
}
