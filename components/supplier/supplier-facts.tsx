import { SupplierBadges } from '@/components/ui/badges';
import { type Supplier, supplierId } from '@/lib/domain/schemas';

const score = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

/** Where a supplier is, how long it has sold on 1688, and whether it makes what it sells. */
export function SupplierSummary({ supplier }: { supplier: Supplier }) {
  return (
    <p className="text-sm text-slate-700">
      {supplier.location}
      {supplier.yearsOn1688 !== undefined
        ? ` · ${supplier.yearsOn1688} ${supplier.yearsOn1688 === 1 ? 'year' : 'years'} on 1688`
        : ''}
      {` · ${supplier.isFactory ? 'Factory' : 'Trading company'}`}
    </p>
  );
}

/** The supplier's badges, service scores (out of 5) and repurchase rate. */
export function SupplierScores({ supplier }: { supplier: Supplier }) {
  const s = supplier.scores;
  const rows: [string, string][] = [
    ['Service score', s ? `${score(s.composite)} / 5` : '–'],
    ['Quality', s ? `${score(s.quality)} / 5` : '–'],
    ['Logistics', s ? `${score(s.logistics)} / 5` : '–'],
    ['Disputes', s ? `${score(s.dispute)} / 5` : '–'],
    [
      'Repurchase (30 d)',
      supplier.repurchaseRate === undefined ? '–' : `${Math.round(supplier.repurchaseRate * 100)}%`,
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
