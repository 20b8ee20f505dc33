import { useFormatter, useTranslations } from 'next-intl';
import { SupplierBadges } from '@/components/ui/badges';
import { type Supplier, supplierId } from '@/lib/domain/schemas';

/** Where a supplier is, how long it has sold on 1688, and whether it makes what it sells. */
export function SupplierSummary({ supplier }: { supplier: Supplier }) {
  const t = useTranslations('Supplier');
  return (
    <p className="text-sm text-slate-700">
      {supplier.location}
      {supplier.yearsOn1688 !== undefined
        ? ` · ${t('years', { count: supplier.yearsOn1688 })}`
        : ''}
      {` · ${supplier.isFactory ? t('factory') : t('trading')}`}
    </p>
  );
}

/** The supplier's badges, service scores (out of 5) and repurchase rate. */
export function SupplierScores({ supplier }: { supplier: Supplier }) {
  const t = useTranslations('Supplier');
  const format = useFormatter();
  const s = supplier.scores;
  const score = (n: number | undefined) =>
    n === undefined
      ? '–'
      : `${format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} / 5`;
  const rows: [string, string][] = [
    [t('service'), s ? score(s.composite) : '–'],
    [t('quality'), s ? score(s.quality) : '–'],
    [t('logistics'), s ? score(s.logistics) : '–'],
    [t('disputes'), s ? score(s.dispute) : '–'],
    [
      t('repurchase'),
      supplier.repurchaseRate === undefined
        ? '–'
        : format.number(Math.round(supplier.repurchaseRate * 100) / 100, { style: 'percent' }),
    ],
  ];
  return (
    <>
      <div className="mt-2">
        <SupplierBadges badges={supplier.badges} isFactory={supplier.isFactory} />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Whether a supplier id can open a supplier page (1688 rows without a seller have none). */
export function hasSupplierPage(id: string): boolean {
  return id !== 'unknown' && supplierId.safeParse(id).success;
}
