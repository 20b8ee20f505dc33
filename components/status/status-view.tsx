'use client';

import { useState } from 'react';
import useSWR from 'swr';
import { type StatusReport, statusReport } from '@/lib/status/schema';
import { OperatorSession } from './operator-session';
import { Dot, OutcomeBadge } from './outcome-badge';
import { CategoryTreeNote, ShapesCard } from './shapes-card';

async function fetchStatus(url: string): Promise<StatusReport> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return statusReport.parse(body.data);
}

const when = (iso: string | undefined) =>
  iso
    ? `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`
    : '–';

const AUTH_ERRORS: Record<string, string> = {
  denied: 'The authorization was declined on 1688. Try again and approve it.',
  no_code: '1688 returned without an authorization code. Start again with “Connect 1688 account”.',
  exchange_failed:
    'The authorization code could not be exchanged for a token (it works once and for 2 minutes). Connect again.',
};

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
  const { data, mutate, error } = useSWR('/api/status', fetchStatus, {
    fallbackData: initial,
    refreshInterval: 15_000,
  });
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const report = data ?? initial;
  const { config, checks, source, probes, authorization: auth, upstream } = report;
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
          1688 account connected.
        </p>
      ) : null}
      {notice?.authError ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900">
          {AUTH_ERRORS[notice.authError] ?? 'The 1688 authorization failed. Try again.'}
        </p>
      ) : null}
      {error ? (
        <p className="text-sm text-amber-800">
          Could not refresh the status ({error.message}); showing the last report.
        </p>
      ) : null}

      <Card title="Configuration" id="config-heading">
        <p className="flex items-center gap-2 text-base" data-testid="config-status">
          <Dot tone={tone} /> <strong>Status: {config.status}</strong> · {config.message}
        </p>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">App Key</dt>
            <dd data-testid="app-key">
              {config.appKey.configured ? 'Configured' : 'Not configured'}
              {config.appKey.length
                ? ` (${config.appKey.length} characters${config.appKey.lastTwo ? `, ends in …${config.appKey.lastTwo}` : ''})`
                : ''}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">App Secret</dt>
            <dd data-testid="app-secret">
              {config.appSecret.configured ? 'Configured' : 'Not configured'}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Data source</dt>
            <dd data-testid="data-source">
              {source.source === 'live' ? 'Live 1688 data' : 'Mock data'} · {source.reason}
            </dd>
          </div>
        </dl>
        {checks.length > 0 ? (
          <ul className="mt-4 space-y-2" aria-label="Configuration problems">
            {checks.map((c) => (
              <li
                key={c.id}
                className={`rounded-lg p-3 text-sm ${c.severity === 'critical' ? 'bg-red-50 text-red-950' : 'bg-amber-50 text-amber-950'}`}
              >
                <strong>{c.severity === 'critical' ? 'Fix this: ' : 'Check this: '}</strong>
                {c.message} <span className="block">→ {c.fix}</span>
              </li>
            ))}
          </ul>
        ) : config.status !== 'not_configured' ? (
          <p className="mt-3 text-sm text-emerald-800">
            No problems found in the configured values.
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-700">
            Put <code>ALIBABA_APP_KEY</code> and <code>ALIBABA_APP_SECRET</code> in{' '}
            <code>.env.local</code>, then restart the server.
          </p>
        )}
      </Card>

      <Card title="Live checks" id="probes-heading">
        {probes ? (
          <>
            <p className="text-sm text-slate-600">
              Last run {when(probes.ranAt)} (results are kept for a minute).
            </p>
            <ul className="mt-3 divide-y divide-slate-100" aria-label="Live checks">
              {probes.results.map((p) => (
                <li key={p.id} className="py-3" data-testid={`probe-${p.id}`}>
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <OutcomeBadge outcome={p.outcome} />
                    <span className="font-medium">{p.name}</span>
                    <code className="text-xs text-slate-600 wrap-anywhere">{p.api}</code>
                    {p.latencyMs !== undefined ? (
                      <span className="text-xs text-slate-600">{p.latencyMs} ms</span>
                    ) : null}
                  </div>
                  {p.outcome !== 'ok' ? (
                    <p className="mt-1 text-sm text-slate-800">
                      {p.detail}
                      {p.fix ? <span className="block font-medium">→ {p.fix}</span> : null}
                      {p.upstreamCode || p.requestId ? (
                        <span className="block text-xs text-slate-600">
                          {p.upstreamCode ? `1688 code ${p.upstreamCode}` : ''}
                          {p.requestId ? ` · request ${p.requestId}` : ''}
                        </span>
                      ) : null}
                    </p>
                  ) : null}
                  {p.shape?.map((issue) => (
                    <details key={issue.kind} className="mt-1 text-sm">
                      <summary className="cursor-pointer">Masked sample: {issue.kind}</summary>
                      <pre className="mt-1 max-h-60 overflow-auto rounded bg-slate-50 p-2 text-xs">
                        {JSON.stringify(issue.sample, null, 2)}
                      </pre>
                    </details>
                  ))}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-sm text-slate-700">{report.probesNote ?? 'No checks have run yet.'}</p>
        )}
        {probes ? (
          <form method="post" action="/api/status/probes" onSubmit={runAgain} className="mt-3">
            <button
              type="submit"
              disabled={running}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {running ? 'Running checks…' : 'Run checks again'}
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

      <Card title="Authorization" id="auth-heading">
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">Token from</dt>
            <dd data-testid="token-source">
              {auth.source === 'oauth'
                ? 'Connected 1688 account (OAuth)'
                : auth.source === 'environment'
                  ? 'ALIBABA_ACCESS_TOKEN (environment)'
                  : 'None: not authorized'}
            </dd>
          </div>
          {auth.resourceOwner ? (
            <div>
              <dt className="text-slate-600">Account</dt>
              <dd data-testid="token-owner">{auth.resourceOwner}</dd>
            </div>
          ) : null}
          {auth.accessExpiresAt ? (
            <div>
              <dt className="text-slate-600">Access token expires</dt>
              <dd>{when(auth.accessExpiresAt)} (renewed automatically)</dd>
            </div>
          ) : null}
          {auth.refreshExpiresAt ? (
            <div>
              <dt className="text-slate-600">Refresh token expires</dt>
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
            Last token refresh failed: {auth.lastRefreshError}
          </p>
        ) : null}
        {source.source === 'live' ? (
          <div className="mt-4 flex flex-wrap gap-3">
            <form method="post" action="/api/auth/1688/login">
              <button
                type="submit"
                className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
              >
                {auth.source === 'oauth' ? 'Reconnect 1688 account' : 'Connect 1688 account'}
              </button>
            </form>
            {auth.source === 'oauth' ? (
              <form method="post" action="/api/auth/1688/disconnect">
                <button
                  type="submit"
                  className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50"
                >
                  Disconnect
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
      </Card>

      <Card title="Cache, quota and Redis" id="cache-heading">
        {report.cache && report.quota ? (
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">Cache</dt>
              <dd data-testid="cache-stats">
                {report.cache.entries} entries · {report.cache.hits} hits · {report.cache.misses}{' '}
                misses · {report.cache.staleServed} stale served · {report.cache.coalesced}{' '}
                coalesced
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">1688 calls today ({report.quota.day}, China time)</dt>
              <dd data-testid="quota">
                {report.quota.total}
                {report.quota.budget !== null
                  ? ` of ${report.quota.budget} (${report.quota.remaining} left${report.quota.blocked ? `, ${report.quota.blocked} blocked` : ''})`
                  : ' (no daily budget set: ALIBABA_DAILY_CALL_BUDGET)'}
                {` · at most ${report.quota.perSecond} per second`}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Redis</dt>
              <dd data-testid="redis-health" className="flex items-center gap-2">
                <Dot
                  tone={
                    !report.redis.configured ? 'grey' : report.redis.connected ? 'green' : 'red'
                  }
                />
                {!report.redis.configured
                  ? 'Not used (one instance: cache and counters in memory, token on disk)'
                  : report.redis.connected
                    ? 'Connected: cache, counters and token shared'
                    : `Unreachable: serving from this instance's memory${report.redis.lastError ? ` (${report.redis.lastError})` : ''}`}
              </dd>
            </div>
          </dl>
        ) : (
          <p className="text-sm text-slate-700">
            The mock catalog is served from memory: no cache or quota applies.
          </p>
        )}
        <CategoryTreeNote tree={report.categoryTree} />
      </Card>

      <Card title="Upstream activity" id="activity-heading">
        <p className="text-sm text-slate-600">
          Calls to the 1688 gateway since {when(upstream.since)}.
        </p>
        {Object.keys(upstream.calls).length ? (
          // API names wrap on a phone; the table scrolls in its box if it still does not fit.
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1">
                    API
                  </th>
                  <th scope="col" className="pr-2">
                    Succeeded
                  </th>
                  <th scope="col">Failed</th>
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
          <p className="mt-2 text-sm">No calls yet.</p>
        )}
        {upstream.errors.length ? (
          <>
            <h3 className="mt-4 text-sm font-semibold">Last errors</h3>
            <ul className="mt-1 space-y-1 text-sm" aria-label="Last upstream errors">
              {upstream.errors.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <code>{e.code}</code> on <code className="wrap-anywhere">{e.api}</code> ·{' '}
                  {when(e.at)}
                  {e.requestId ? ` · request ${e.requestId}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
    </div>
  );
}
