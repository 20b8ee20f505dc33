import type { StatusReport } from '@/lib/status/schema';

const STATE: Record<StatusReport['shapes'][number]['probe'], { label: string; className: string }> =
  {
    ok: { label: 'As expected', className: 'bg-emerald-100 text-emerald-900' },
    changed: { label: 'Changed', className: 'bg-amber-100 text-amber-900' },
    unchecked: { label: 'Not checked', className: 'bg-slate-200 text-slate-800' },
  };

const when = (iso: string) =>
  `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

/**
 * Response shapes per API (operator only): what the last probe found, and each kind of drift
 * the catalog met since start with a masked sample to copy into a bug report.
 */
export function ShapesCard({ shapes }: { shapes: StatusReport['shapes'] }) {
  return (
    <section
      aria-labelledby="shapes-heading"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="shapes-heading" className="text-lg font-semibold">
        Response shapes
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Whether 1688 answers in the shape pifa reads. Rows in a new shape are counted and left out;
        the samples show field names and types with values masked (ids kept).
      </p>
      <ul className="mt-3 divide-y divide-slate-100" aria-label="Response shapes">
        {shapes.map((s) => (
          <li key={s.api} className="py-3" data-testid={`shape-${s.api}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span
                className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATE[s.probe].className}`}
              >
                {STATE[s.probe].label}
              </span>
              <code className="text-sm wrap-anywhere">{s.api}</code>
              <span className="text-xs text-slate-600">
                {s.drift.length
                  ? `${s.drift.length} kind${s.drift.length === 1 ? '' : 's'} of drift since start`
                  : 'no drift seen since start'}
              </span>
            </div>
            {s.drift.map((d) => (
              <details key={d.kind} className="mt-2 rounded-md bg-amber-50 p-2 text-sm">
                <summary className="cursor-pointer">
                  <strong>{d.kind}</strong> · {d.rows} {d.rows === 1 ? 'row' : 'rows'} in{' '}
                  {d.answers} {d.answers === 1 ? 'answer' : 'answers'} · first {when(d.firstAt)},
                  last {when(d.lastAt)}
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
  if (!tree) return null;
  return (
    <p className="mt-3 text-sm text-slate-700" data-testid="category-tree">
      Category tree: {tree.read} categories read ({tree.known} known, {tree.fromStore} loaded from{' '}
      {tree.store} at start), {tree.reads} read from 1688 and {tree.refreshes} refreshed in the
      background since start.
    </p>
  );
}
