import type { ProbeOutcomeName } from '@/lib/status/schema';

const LOOK: Record<ProbeOutcomeName, { label: string; className: string }> = {
  ok: { label: 'OK', className: 'bg-emerald-100 text-emerald-900' },
  not_granted: { label: 'Not granted', className: 'bg-red-100 text-red-900' },
  signature_rejected: { label: 'Signature rejected', className: 'bg-red-100 text-red-900' },
  needs_authorization: { label: 'Needs authorization', className: 'bg-amber-100 text-amber-900' },
  token_expired: { label: 'Token expired', className: 'bg-amber-100 text-amber-900' },
  rate_limited: { label: 'Rate limited', className: 'bg-amber-100 text-amber-900' },
  quota_exhausted: { label: 'Quota used up', className: 'bg-red-100 text-red-900' },
  unreachable: { label: 'Unreachable', className: 'bg-red-100 text-red-900' },
  timed_out: { label: 'Timed out', className: 'bg-red-100 text-red-900' },
  error: { label: 'Error', className: 'bg-red-100 text-red-900' },
  shape_changed: { label: 'Shape changed', className: 'bg-amber-100 text-amber-900' },
  skipped: { label: 'Not run', className: 'bg-slate-200 text-slate-800' },
};

export function OutcomeBadge({ outcome }: { outcome: ProbeOutcomeName }) {
  const look = LOOK[outcome];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${look.className}`}>
      {look.label}
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
