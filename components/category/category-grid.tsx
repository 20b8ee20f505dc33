import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { Category } from '@/lib/domain/schemas';
import { CategoryIcon } from './category-icon';

/** The top-level categories as a grid of tiles (home page). */
export function CategoryGrid({ categories }: { categories: Category[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
      {categories.map((c) => (
        <li key={c.id}>
          <Link
            href={`/products?category=${c.id}`}
            className="flex h-full flex-col items-center gap-2 rounded-xl border border-slate-200 bg-white p-3 text-center hover:border-brand-500 hover:bg-brand-50"
          >
            <span className="grid size-12 place-items-center rounded-full bg-brand-100 text-brand-700">
              <CategoryIcon name={c.name} />
            </span>
            <span className="text-sm font-medium leading-tight">{c.name}</span>
            <span lang="zh" className="text-xs text-slate-500">
              {c.nameZh}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
