import { useTranslations } from 'next-intl';
import type { ProbeOutcomeName } from '@/lib/status/schema';

const RED = 'bg-red-100 text-red-900';
const AMBER = 'bg-amber-100 text-amber-900';
const LOOK: Record<ProbeOutcomeName, string> = {
  ok: 'bg-emerald-100 text-emerald-900',
  not_granted: RED,
  signature_rejected: RED,
  needs_authorization: AMBER,
  token_expired: AMBER,
  rate_limited: AMBER,
  quota_exhausted: RED,
  unreachable: RED,
  timed_out: RED,
  error: RED,
  shape_changed: AMBER,
  skipped: 'bg-slate-200 text-slate-800',
};

/** A probe's outcome, named in the page's language (Status.outcomes). */
export function OutcomeBadge({ outcome }: { outcome: ProbeOutcomeName }) {
  const t = useTranslations('Status.outcomes');
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${LOOK[outcome]}`}>
      {t(outcome)}
    </span>
  );
}

export function Dot({ tone }: { tone: 'green' | 'amber' | 'red' | 'grey' }) {
  const color = {
    green: 'bg-emerald-500',
    amber: 'bg-amber-500',
    red: 'bg-red-600',
    grey: 'bg-slate-400',
  }[tone];
  return <span aria-hidden className={`inline-block size-2.5 rounded-full ${color}`} />;
}
