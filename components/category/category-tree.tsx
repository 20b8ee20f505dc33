import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { Category } from '@/lib/domain/schemas';
import { CategoryIcon } from './category-icon';

function CategoryLink({ category, className }: { category: Category; className: string }) {
  return (
    <Link href={`/products?category=${category.id}`} className={className}>
      {category.name}{' '}
      <span lang="zh" className="text-xs font-normal text-slate-500">
        {category.nameZh}
      </span>
    </Link>
  );
}

/**
 * The whole category tree, three levels deep: in columns from tablet width, a plain stack on a
 * phone (where a one-column multi-column layout would only cost layout time).
 */
export function CategoryTree({ roots }: { roots: Category[] }) {
  return (
    <div className="gap-6 md:columns-2 xl:columns-3">
      {roots.map((top) => (
        <section
          key={top.id}
          aria-labelledby={`cat-${top.id}`}
          className="mb-6 break-inside-avoid rounded-xl border border-slate-200 bg-white p-4"
        >
          <h2 id={`cat-${top.id}`} className="flex items-center gap-2 text-base font-semibold">
            <span className="text-brand-700">
              <CategoryIcon name={top.name} className="size-6" />
            </span>
            <CategoryLink category={top} className="hover:text-brand-700" />
          </h2>
          <ul className="mt-3 space-y-3">
            {top.children.map((mid) => (
              <li key={mid.id}>
                <h3 className="text-sm font-semibold">
                  <CategoryLink category={mid} className="hover:text-brand-700" />
                </h3>
                {mid.children.length > 0 ? (
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                    {mid.children.map((leaf) => (
                      <li key={leaf.id} className="text-sm">
                        <CategoryLink
                          category={leaf}
                          className="text-slate-700 hover:text-brand-700 hover:underline"
                        />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
