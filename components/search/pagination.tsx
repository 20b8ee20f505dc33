import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { searchHref } from '@/lib/domain/search-links';
import type { SearchQuery } from '@/lib/domain/schemas';

/** Page numbers around the current one, with the first and last always reachable. */
export function pageWindow(page: number, totalPages: number): (number | 'gap')[] {
  const pages = new Set(
    [1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages),
  );
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export function Pagination({
  query,
  totalPages,
  base = '/products',
}: {
  query: SearchQuery;
  totalPages: number;
  /** The search's page: the catalog's or a supplier's shop. */
  base?: string;
}) {
  const t = useTranslations('Pagination');
  if (totalPages <= 1) return null;
  const { page } = query;
  const link =
    'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600';
  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center justify-center gap-2">
      {page > 1 ? (
        <Link
          rel="prev"
          href={searchHref({ ...query, page: Math.min(page - 1, totalPages) }, base)}
          className={link}
        >
          ← {t('previous')}
        </Link>
      ) : null}
      {pageWindow(Math.min(page, totalPages), totalPages).map((p, i) =>
        p === 'gap' ? (
          <span key={`gap-${i}`} className="px-1 text-slate-500">
            …
          </span>
        ) : p === page ? (
          <span
            key={p}
            aria-current="page"
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white"
          >
            {p}
          </span>
        ) : (
          <Link
            key={p}
            href={searchHref({ ...query, page: p }, base)}
            className={link}
            aria-label={t('page', { page: p })}
          >
            {p}
          </Link>
        ),
      )}
      {page < totalPages ? (
        <Link rel="next" href={searchHref({ ...query, page: page + 1 }, base)} className={link}>
          {t('next')} →
        </Link>
      ) : null}
    </nav>
  );
}
