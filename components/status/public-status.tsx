import { useTranslations } from 'next-intl';
import type { PublicStatus } from '@/lib/status/schema';
import { OperatorSession } from './operator-session';
import { Dot } from './outcome-badge';
import { configText } from './status-text';

const TONE: Record<PublicStatus['health'], 'green' | 'amber' | 'red' | 'grey'> = {
  ok: 'green',
  degraded: 'amber',
  failing: 'red',
  unknown: 'grey',
};

/**
 * /api-status for a visitor: what any visitor may know, and the operator's sign-in. `problems`:
 * how many problems the configuration has, for the page to word its message.
 */
export function PublicStatusView({
  status,
  problems,
  signInFailed,
}: {
  status: PublicStatus;
  problems: number;
  signInFailed?: boolean;
}) {
  const t = useTranslations('Status');
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="overview-heading"
        className="rounded-xl border border-slate-200 bg-white p-5"
      >
        <h2 id="overview-heading" className="text-lg font-semibold">
          {t('overview')}
        </h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t('dataSource')}</dt>
            <dd data-testid="data-source">{t(status.source === 'live' ? 'live' : 'mock')}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('configuration')}</dt>
            <dd data-testid="config-status">
              {t('statusLine', { status: status.configured })} ·{' '}
              {configText(t, status.configured, problems)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('health')}</dt>
            <dd data-testid="health" className="flex items-center gap-2">
              <Dot tone={TONE[status.health]} /> {t(`healthStates.${status.health}`)}
            </dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-slate-700">{t('forOperator')}</p>
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t('operator')}</h2>
        <div className="mt-3">
          {signInFailed ? (
            <p role="alert" className="mb-3 rounded-lg bg-red-50 p-3 text-sm text-red-900">
              {t('wrongToken')}
            </p>
          ) : null}
          <OperatorSession operator={false} />
        </div>
      </section>
    </div>
  );
}
