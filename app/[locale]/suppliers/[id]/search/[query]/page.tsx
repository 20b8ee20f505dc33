import type { Metadata } from 'next';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Pagination } from '@/components/search/pagination';
import { ProductGrid } from '@/components/search/product-card';
import { InterpretationNotice } from '@/components/search/search-notices';
import { SortSelect } from '@/components/search/sort-select';
import { ShopSearch } from '@/components/supplier/shop-search';
import { SupplierProfile } from '@/components/supplier/supplier-profile';
import { StaleNotice } from '@/components/ui/stale-notice';
import { getSupplier, searchSupplierOffers } from '@/lib/catalog';
import { supplierId } from '@/lib/domain/schemas';
import { parseSearchKey, searchHref } from '@/lib/domain/search-params';

/**
 * `/suppliers/<id>?q=…&sort=…&page=…` (rewritten here by proxy.ts, the search in its canonical
 * form): a supplier's profile and its offers, searchable within the shop, the same page for
 * every shopper and cached like a search.
 */
type Props = { params: Promise<{ id: string; query: string }> };

export const revalidate = 60;

export function generateStaticParams(): { id: string; query: string }[] {
  return [];
}

/** One catalog call per request, shared by the metadata and the page; null for a bad id. */
const load = cache(async (id: string) =>
  supplierId.safeParse(id).success ? getSupplier(id) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load((await params).id);
  return { title: result?.data ? `${result.data.name}: wholesale offers` : 'Supplier' };
}

const count = new Intl.NumberFormat('en-US');

export default async function SupplierPage({ params }: Props) {
  const { id, query: key } = await params;
  const { image: _image, category: _category, ...query } = parseSearchKey(key);
  const supplier = await load(id);
  if (!supplier?.data) notFound();
  const base = `/suppliers/${id}`;
  const [offers, all] = await Promise.all([
    searchSupplierOffers(id, query),
    query.q ? searchSupplierOffers(id, { ...query, q: '', page: 1, pageSize: 1 }) : null,
  ]);
  const page = offers.data;
  const shopTotal = all ? all.data.total : page.total;

  return (
    <div className="space-y-6">
      <StaleNotice result={supplier} />
      <SupplierProfile supplier={supplier.data} offers={shopTotal} />
      <section aria-labelledby="shop-offers" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="shop-offers" className="text-xl font-semibold">
              {query.q ? (
                <>Offers matching “{page.interpretation?.corrected ?? query.q}”</>
              ) : (
                'All offers'
              )}
            </h2>
            <p className="text-sm text-slate-600" data-testid="result-count">
              {count.format(page.total)} {page.total === 1 ? 'offer' : 'offers'}
              {page.totalPages > 1
                ? ` · page ${query.page} of ${count.format(page.totalPages)}`
                : ''}
            </p>
          </div>
          <SortSelect query={query} base={base} />
        </div>
        <ShopSearch base={base} query={query} />
        <StaleNotice result={offers} />
        <InterpretationNotice query={query} interpretation={page.interpretation} base={base} />
        {page.items.length > 0 ? (
          <>
            <ProductGrid label="Supplier offers" products={page.items} />
            <Pagination query={query} totalPages={page.totalPages} base={base} />
          </>
        ) : (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
            <h3 className="text-lg font-semibold">
              {page.total > 0
                ? 'No offers on this page'
                : query.q
                  ? `No offers in this shop match “${query.q}”`
                  : 'This supplier has no offers right now'}
            </h3>
            <p className="mt-4 flex justify-center gap-4 text-sm font-medium">
              {page.total > 0 || query.q ? (
                <Link href={searchHref({}, base)} className="text-brand-700 underline">
                  Show all of this supplier’s offers
                </Link>
              ) : null}
              {query.q ? (
                <Link href={searchHref({ q: query.q })} className="text-brand-700 underline">
                  Search all suppliers for “{query.q}”
                </Link>
              ) : null}
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
