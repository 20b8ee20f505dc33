'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { CompareColumn, Metric } from '@/lib/domain/compare';
import type { CompareRow } from './compare-rows';

type Props = {
  columns: CompareColumn[];
  rows: CompareRow[];
  best: Record<Metric, number[]>;
  /** The quantity compared at, with its unit: "100 pieces". */
  quantity: string;
  onRemove: (id: string) => void;
};

function Best() {
  const t = useTranslations('Compare');
  return (
    <span className="ml-1 inline-block rounded bg-emerald-600 px-1.5 py-0.5 align-middle text-[0.65rem] font-bold uppercase tracking-wide text-white">
      {t('best')}
    </span>
  );
}

function OfferHead({ c, onRemove }: { c: CompareColumn; onRemove: (id: string) => void }) {
  const t = useTranslations('Compare');
  return (
    <div className="flex items-start gap-2">
      <img
        src={c.product.image}
        alt=""
        width={56}
        height={56}
        className="size-14 shrink-0 rounded-md bg-slate-100 object-cover"
      />
      <div className="min-w-0">
        <Link
          href={`/products/${c.product.id}`}
          className="line-clamp-2 font-medium hover:text-brand-700 hover:underline"
        >
          {c.product.title}
        </Link>
        <button
          type="button"
          onClick={() => onRemove(c.product.id)}
          aria-label={t('removeOffer', { title: c.product.title })}
          className="mt-1 text-xs text-slate-600 underline hover:text-red-700"
        >
          {t('remove')}
        </button>
      </div>
    </div>
  );
}

/**
 * The comparison: a table with one column per offer on wide screens, one card per offer on a
 * phone. The best value of each comparable row is marked in words, not by colour alone.
 */
export function CompareTable({ columns, rows, best, quantity, onRemove }: Props) {
  const t = useTranslations('Compare');
  const isBest = (row: CompareRow, i: number) =>
    row.metric ? best[row.metric].includes(i) : false;
  return (
    <>
      <div className="hidden overflow-x-auto md:block">
        <table
          className="w-full table-fixed border-separate border-spacing-0 text-sm"
          data-testid="compare-table"
        >
          <caption className="sr-only">{t('caption', { count: columns.length, quantity })}</caption>
          <thead>
            <tr>
              <td className="w-44" />
              {columns.map((c) => (
                <th
                  key={c.product.id}
                  scope="col"
                  className="border-b border-slate-200 p-2 text-left align-top font-normal"
                >
                  <OfferHead c={c} onRemove={onRemove} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th
                  scope="row"
                  className="border-b border-slate-100 p-2 text-left align-top text-xs font-semibold text-slate-700"
                >
                  {row.label}
                </th>
                {columns.map((c, i) => (
                  <td
                    key={c.product.id}
                    className={`border-b border-slate-100 p-2 align-top ${isBest(row, i) ? 'bg-emerald-50' : ''}`}
                  >
                    {row.cell(c)}
                    {isBest(row, i) ? <Best /> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-4 md:hidden" aria-label={t('offersCompared')}>
        {columns.map((c, i) => (
          <li
            key={c.product.id}
            className="rounded-xl border border-slate-200 bg-white p-3"
            data-testid="compare-card"
          >
            <OfferHead c={c} onRemove={onRemove} />
            <dl className="mt-3 divide-y divide-slate-100 text-sm">
              {rows.map((row) => (
                <div
                  key={row.label}
                  className={`grid grid-cols-[9rem_1fr] gap-2 py-1.5 ${isBest(row, i) ? 'bg-emerald-50' : ''}`}
                >
                  <dt className="text-xs font-semibold text-slate-700">{row.label}</dt>
                  <dd>
                    {row.cell(c)}
                    {isBest(row, i) ? <Best /> : null}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
