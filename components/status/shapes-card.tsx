import { useTranslations } from 'next-intl';
import type { StatusReport } from '@/lib/status/schema';
import { useUtc } from './use-utc';

const STATE: Record<StatusReport['shapes'][number]['probe'], string> = {
  ok: 'bg-emerald-100 text-emerald-900',
  changed: 'bg-amber-100 text-amber-900',
  unchecked: 'bg-slate-200 text-slate-800',
};

/**
 * Response shapes per API (operator only): what the last probe found, and each kind of drift
 * the catalog met since start with a masked sample to copy into a bug report.
 */
export function ShapesCard({ shapes }: { shapes: StatusReport['shapes'] }) {
  const t = useTranslations('Status.shapes');
  const when = useUtc();
  return (
    <section
      aria-labelledby="shapes-heading"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="shapes-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      <ul className="mt-3 divide-y divide-slate-100" aria-label={t('title')}>
        {shapes.map((s) => (
          <li key={s.api} className="py-3" data-testid={`shape-${s.api}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span
                className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATE[s.probe]}`}
              >
                {t(s.probe)}
              </span>
              <code className="text-sm wrap-anywhere">{s.api}</code>
              <span className="text-xs text-slate-600">
                {s.drift.length ? t('drift', { count: s.drift.length }) : t('noDrift')}
              </span>
            </div>
            {s.drift.map((d) => (
              <details key={d.kind} className="mt-2 rounded-md bg-amber-50 p-2 text-sm">
                <summary className="cursor-pointer">
                  <strong>{d.kind}</strong> ·{' '}
                  {t('seen', {
                    rows: d.rows,
                    answers: d.answers,
                    first: when(d.firstAt),
                    last: when(d.lastAt),
                  })}
                </summary>
                <pre
                  className="mt-2 max-h-72 overflow-auto rounded bg-white p-2 text-xs"
                  data-testid="shape-sample"
                >
                  {JSON.stringify(d.sample, null, 2)}
                </pre>
              </details>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How much of the category tree is known, and where it is kept across restarts. */
export function CategoryTreeNote({ tree }: { tree: StatusReport['categoryTree'] }) {
  const t = useTranslations('Status.shapes');
  if (!tree) return null;
  return (
    <p className="mt-3 text-sm text-slate-700" data-testid="category-tree">
      {t('tree', tree)}
    </p>
  );
}
