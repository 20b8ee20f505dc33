import type { PublicStatus } from '@/lib/status/schema';
import { OperatorSession } from './operator-session';
import { Dot } from './outcome-badge';

const HEALTH: Record<
  PublicStatus['health'],
  { tone: 'green' | 'amber' | 'red' | 'grey'; text: string }
> = {
  ok: { tone: 'green', text: 'Working' },
  degraded: { tone: 'amber', text: 'Working, with some 1688 features unavailable' },
  failing: { tone: 'red', text: 'Not working: the operator has something to fix' },
  unknown: { tone: 'grey', text: 'Not checked yet (checks run shortly after start)' },
};

/** /api-status for a visitor: what any visitor may know, and the operator's sign-in. */
export function PublicStatusView({
  status,
  signInFailed,
}: {
  status: PublicStatus;
  signInFailed?: boolean;
}) {
  const health = HEALTH[status.health];
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="overview-heading"
        className="rounded-xl border border-slate-200 bg-white p-5"
      >
        <h2 id="overview-heading" className="text-lg font-semibold">
          Overview
        </h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">Data source</dt>
            <dd data-testid="data-source">
              {status.source === 'live' ? 'Live 1688 data' : 'Mock data'}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Configuration</dt>
            <dd data-testid="config-status">
              Status: {status.configured} · {status.message}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Health</dt>
            <dd data-testid="health" className="flex items-center gap-2">
              <Dot tone={health.tone} /> {health.text}
            </dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          The checks of each setting and of each 1688 API, the authorization, quota and caches are
          for the operator.
        </p>
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Operator</h2>
        <div className="mt-3">
          {signInFailed ? (
            <p role="alert" className="mb-3 rounded-lg bg-red-50 p-3 text-sm text-red-900">
              That is not this server’s ADMIN_TOKEN. Check it, or open the sign-in link the server
              printed when it started.
            </p>
          ) : null}
          <OperatorSession operator={false} />
        </div>
      </section>
    </div>
  );
}
