import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { Category } from '@/lib/domain/schemas';

/** "Categories / Electronics / Chargers": the way up from a category, each step a link. */
export function CategoryBreadcrumb({
  path,
  hrefFor,
  className,
}: {
  path: Category[];
  hrefFor: (category: Category) => string;
  className?: string;
}) {
  const t = useTranslations('Breadcrumb');
  if (path.length === 0) return null;
  return (
    <nav aria-label={t('label')} className={`text-sm text-slate-600 ${className ?? ''}`}>
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href="/categories" className="hover:text-brand-700">
            {t('categories')}
          </Link>
        </li>
        {path.map((c) => (
          <li key={c.id} className="before:mr-1 before:content-['/']">
            <Link href={hrefFor(c)} className="hover:text-brand-700">
              {c.name}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
