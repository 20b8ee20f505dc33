import type { Metadata } from 'next';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { CategoryBreadcrumb } from '@/components/category/category-breadcrumb';
import { FilterPanel } from '@/components/search/filter-panel';
import { Pagination } from '@/components/search/pagination';
import { ProductGrid } from '@/components/search/product-card';
import { SortSelect } from '@/components/search/sort-select';
import { ResultCount } from '@/components/search/result-count';
import { StaleNotice } from '@/components/ui/stale-notice';
import { searchPageData } from '@/lib/catalog/page-data';
import { parseSearchKey, searchHref } from '@/lib/domain/search-params';

/**
 * `/products?…` (rewritten here by proxy.ts with the search in its canonical form): rendered
 * once a minute at most per distinct search, the same page for every shopper.
 */
type Props = { params: Promise<{ locale: string; query: string }> };

export const revalidate = 60;

export function generateStaticParams(): { query: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = parseSearchKey((await params).query);
  return { title: query.q ? `“${query.q}” wholesale` : 'Products' };
}

export default async function ProductsPage({ params }: Props) {
  const { query, capabilities, results, path, subcategories } = await searchPageData(
    parseSearchKey((await params).query),
  );
  const page = results.data;
  const current = path[path.length - 1];
  const filtered =
    query.minPrice !== undefined ||
    query.maxPrice !== undefined ||
    query.maxMoq !== undefined ||
    query.factoryOnly ||
    query.shipsIn48h;

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <FilterPanel
        query={query}
        path={path}
        subcategories={subcategories}
        capabilities={capabilities}
      />
      <section aria-labelledby="results-heading" className="min-w-0">
        <CategoryBreadcrumb
          path={path}
          hrefFor={(c) => searchHref({ ...query, category: c.id, page: 1 })}
          className="mb-2"
        />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 id="results-heading" className="text-2xl font-semibold">
              {query.q ? <>Results for “{query.q}”</> : current ? current.name : 'All products'}
            </h1>
            <ResultCount
              page={page}
              within={query.q && current ? current.name : undefined}
              capabilities={capabilities}
              query={query}
            />
          </div>
          <SortSelect query={query} sorts={capabilities.sorts} />
        </div>

        <div className="mt-4 space-y-4">
          <StaleNotice result={results} />
          {page.items.length > 0 ? (
            <>
              <ProductGrid label="Search results" products={page.items} />
              <Pagination query={query} totalPages={page.totalPages} />
            </>
          ) : (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
              <h2 className="text-lg font-semibold">
                {page.total > 0 ? 'No offers on this page' : 'No offers match your search'}
              </h2>
              <p className="mt-2 text-sm text-slate-600">
                {page.total > 0
                  ? `There are only ${page.totalPages} pages of results.`
                  : filtered
                    ? 'Try widening the price range or the minimum order, or clear the filters.'
                    : 'Check the spelling, use fewer words, or search in Chinese (for example 手机壳 for phone case).'}
              </p>
              <p className="mt-4 flex justify-center gap-4 text-sm font-medium">
                {page.total > 0 ? (
                  <Link
                    href={searchHref({ ...query, page: 1 })}
                    className="text-brand-700 underline"
                  >
                    Go to page 1
                  </Link>
                ) : filtered ? (
                  <Link
                    href={searchHref({ q: query.q, category: query.category })}
                    className="text-brand-700 underline"
                  >
                    Clear filters
                  </Link>
                ) : null}
                <Link href="/categories" className="text-brand-700 underline">
                  Browse categories
                </Link>
              </p>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}
