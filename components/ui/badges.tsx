import { useTranslations } from 'next-intl';
import type { SupplierBadge } from '@/lib/domain/schemas';

const LABELS: Record<SupplierBadge, { zh: string; className: string }> = {
  super_factory: {
    zh: '超级工厂',
    className: 'bg-violet-100 text-violet-900',
  },
  powerful_merchant: {
    zh: '实力商家',
    className: 'bg-sky-100 text-sky-900',
  },
  tp_member: { zh: '诚信通', className: 'bg-amber-100 text-amber-900' },
};

export function SupplierBadges({
  badges,
  isFactory,
}: {
  badges: SupplierBadge[];
  isFactory?: boolean;
}) {
  const t = useTranslations('Badges');
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t('label')}>
      {isFactory && !badges.includes('super_factory') ? (
        <li className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900">
          {t('factory')}
        </li>
      ) : null}
      {badges.map((b) => (
        <li
          key={b}
          title={LABELS[b].zh}
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${LABELS[b].className}`}
        >
          {t(b)}
        </li>
      ))}
    </ul>
  );
}
