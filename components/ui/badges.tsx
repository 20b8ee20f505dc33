import type { SupplierBadge } from '@/lib/domain/schemas';

const LABELS: Record<SupplierBadge, { label: string; zh: string; className: string }> = {
  super_factory: {
    label: 'Super Factory',
    zh: '超级工厂',
    className: 'bg-violet-100 text-violet-900',
  },
  powerful_merchant: {
    label: 'Powerful Merchant',
    zh: '实力商家',
    className: 'bg-sky-100 text-sky-900',
  },
  tp_member: { label: 'TrustPass', zh: '诚信通', className: 'bg-amber-100 text-amber-900' },
};

export function SupplierBadges({
  badges,
  isFactory,
}: {
  badges: SupplierBadge[];
  isFactory?: boolean;
}) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Supplier badges">
      {isFactory && !badges.includes('super_factory') ? (
        <li className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900">
          Factory
        </li>
      ) : null}
      {badges.map((b) => (
        <li
          key={b}
          title={LABELS[b].zh}
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${LABELS[b].className}`}
        >
          {LABELS[b].label}
        </li>
      ))}
    </ul>
  );
}
