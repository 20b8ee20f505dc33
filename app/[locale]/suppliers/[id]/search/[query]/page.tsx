import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
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
import { catalogService } from '@/lib/catalog';
import type { Locale } from '@/lib/domain/locales';
import { localeFromParams } from '@/i18n/locale-param';
import { supplierId } from '@/lib/domain/schemas';
import { parseSearchKey } from '@/lib/domain/search-params';
import { searchHref } from '@/lib/domain/search-links';
import { withPageMessages } from '@/components/layout/page-messages';

/**
 * `/suppliers/<id>?q=…&sort=…&page=…` (rewritten here by proxy.ts, the search in its canonical
 * form): a supplier's profile and its offers, searchable within the shop, the same page for
 * every shopper and cached like a search.
 */
type Props = { params: Promise<{ locale: string; id: string; query: string }> };

export const revalidate = 60;

export function generateStaticParams(): { locale: string; id: string; query: string }[] {
  return [];
}

/** One catalog call per request, shared by the metadata and the page; null for a bad id. */
const load = cache(async (id: string, locale: Locale) =>
  supplierId.safeParse(id).success ? catalogService(locale).getSupplier(id) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'SupplierPage' });
  const result = await load((await params).id, locale);
  return { title: result?.data ? t('title', { name: result.data.name }) : t('fallbackTitle') };
}

async function SupplierPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations('SupplierPage');
  const results = await getTranslations('Results');
  const { id, query: key } = await params;
  const { image: _image, category: _category, ...query } = parseSearchKey(key);
  const supplier = await load(id, locale);
  if (!supplier?.data) notFound();
  const base = `/suppliers/${id}`;
  const [offers, all] = await Promise.all([
    catalogService(locale).searchSupplierOffers(id, query),
    query.q
      ? catalogService(locale).searchSupplierOffers(id, { ...query, q: '', page: 1, pageSize: 1 })
      : null,
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
              {query.q
                ? t('matching', { query: page.interpretation?.corrected ?? query.q })
                : t('all')}
            </h2>
            <p className="text-sm text-slate-600" data-testid="result-count">
              {results('offers', { count: page.total })}
              {page.totalPages > 1
                ? ` · ${results('pageOf', { page: query.page, pages: page.totalPages })}`
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
            <ProductGrid label={t('gridLabel')} products={page.items} onFirstScreen />
            <Pagination query={query} totalPages={page.totalPages} base={base} />
          </>
        ) : (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
            <h3 className="text-lg font-semibold">
              {page.total > 0
                ? t('emptyPage')
                : query.q
                  ? t('emptySearch', { query: query.q })
                  : t('emptyShop')}
            </h3>
            <p className="mt-4 flex justify-center gap-4 text-sm font-medium">
              {page.total > 0 || query.q ? (
                <Link href={searchHref({}, base)} className="text-brand-700 underline">
                  {t('showAll')}
                </Link>
              ) : null}
              {query.q ? (
                <Link href={searchHref({ q: query.q })} className="text-brand-700 underline">
                  {t('searchAll', { query: query.q })}
                </Link>
              ) : null}
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

export default withPageMessages('supplier', SupplierPage);
