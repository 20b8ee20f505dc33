import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { localeFromParams } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/metadata';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { CategoryBreadcrumb } from '@/components/category/category-breadcrumb';
import { FilterDrawer } from '@/components/search/filter-drawer';
import { FilterPanel } from '@/components/search/filter-panel';
import { Pagination } from '@/components/search/pagination';
import { ProductGrid } from '@/components/search/product-card';
import { SortSelect } from '@/components/search/sort-select';
import { ImageQueryHeader } from '@/components/search/image-query-header';
import { ResultCount } from '@/components/search/result-count';
import { InterpretationNotice, PastedLinkNotice } from '@/components/search/search-notices';
import { StaleNotice } from '@/components/ui/stale-notice';
import { searchPageData } from '@/lib/catalog/page-data';
import type { SearchQuery } from '@/lib/domain/schemas';
import { parseSearchKey } from '@/lib/domain/search-params';
import { activeFilterCount, searchHref } from '@/lib/domain/search-links';
import { breadcrumbJsonLd } from '@/lib/domain/structured-data';
import { JsonLd } from '@/components/seo/json-ld';
import { siteUrl } from '@/lib/catalog/config';
import { catalogService } from '@/lib/catalog';
import type { Locale } from '@/lib/domain/locales';
import { withPageMessages } from '@/components/layout/page-messages';

/**
 * `/products?…` (rewritten here by proxy.ts with the search in its canonical form): rendered
 * once a minute at most per distinct search, the same page for every shopper.
 */
type Props = { params: Promise<{ locale: string; query: string }> };

export const revalidate = 60;

export function generateStaticParams(): { query: string }[] {
  return [];
}

/** One search per render, shared by the metadata and the page. */
const load = cache((key: string, locale: Locale) =>
  searchPageData(parseSearchKey(key), catalogService(locale)),
);

/** Search engines index a keyword or a category (any page of it), not every filter and sort. */
function indexable(query: SearchQuery): boolean {
  return (
    query.sort === 'relevance' &&
    query.minPrice === undefined &&
    query.maxPrice === undefined &&
    query.maxMoq === undefined &&
    !query.factoryOnly &&
    !query.shipsIn48h &&
    !query.onePiece &&
    !query.image &&
    query.pageSize === 20
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const { query, results, path, link } = await load((await params).query, locale);
  if (query.image) return { title: t('imageTitle'), robots: { index: false } };
  if (!results || link) return { title: t('linkTitle'), robots: { index: false } };
  const category = path[path.length - 1];
  const subject = query.q ? `“${query.q}”` : category ? category.name : t('allProducts');
  const title = query.q || category ? t('title', { subject }) : t('products');
  const description = t(query.q && category ? 'descriptionIn' : 'description', {
    count: results.data.total,
    subject,
    category: category?.name ?? '',
  });
  const canonical = searchHref({ q: query.q, category: query.category, page: query.page });
  return {
    title,
    description,
    alternates: localeAlternates(locale, canonical),
    robots: indexable(query) ? undefined : { index: false, follow: true },
    openGraph: { title, description, url: canonical },
    twitter: { title, description },
  };
}

async function ProductsPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations('SearchPage');
  const format = await getFormatter();
  const { query, capabilities, results, path, subcategories, link } = await load(
    (await params).query,
    locale,
  );
  if (!results) {
    return (
      <div className="mx-auto max-w-2xl py-6">{link ? <PastedLinkNotice link={link} /> : null}</div>
    );
  }
  const page = results.data;
  const current = path[path.length - 1];
  const searched = page.interpretation?.corrected ?? query.q;
  const counted = (
    <ResultCount
      page={page}
      within={query.q && current ? current.name : undefined}
      capabilities={capabilities}
      query={query}
    />
  );
  const active = activeFilterCount(query);
  const filtered = active > 0;

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      {path.length ? <JsonLd data={breadcrumbJsonLd(path, siteUrl())} /> : null}
      <FilterDrawer active={active}>
        <FilterPanel
          query={query}
          path={path}
          subcategories={subcategories}
          capabilities={capabilities}
        />
      </FilterDrawer>
      <section aria-labelledby="results-heading" className="min-w-0">
        <CategoryBreadcrumb
          path={path}
          hrefFor={(c) => searchHref({ ...query, category: c.id, page: 1 })}
          className="mb-2"
        />
        <div className="flex flex-wrap items-end justify-between gap-3">
          {query.image ? (
            <ImageQueryHeader id={query.image}>{counted}</ImageQueryHeader>
          ) : (
            <div>
              <h1 id="results-heading" className="text-2xl font-semibold">
                {query.q
                  ? t('resultsFor', { query: searched ?? '' })
                  : current
                    ? current.name
                    : t('allProducts')}
              </h1>
              {counted}
            </div>
          )}
          <SortSelect query={query} sorts={capabilities.sorts} />
        </div>

        <div className="mt-4 space-y-4">
          <StaleNotice result={results} />
          <InterpretationNotice query={query} interpretation={page.interpretation} />
          {page.items.length > 0 ? (
            <>
              <h2 className="sr-only">{t('offers')}</h2>
              <ProductGrid id="results" label={t('results')} products={page.items} onFirstScreen />
              <Pagination query={query} totalPages={page.totalPages} />
            </>
          ) : (
            <div
              id="results"
              tabIndex={-1}
              className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center sm:p-10"
            >
              <h2 className="text-lg font-semibold">
                {page.total > 0 ? t('emptyPage') : query.image ? t('emptyImage') : t('emptySearch')}
              </h2>
              <p className="mt-2 text-sm text-slate-600">
                {page.total > 0
                  ? t('onlyPages', {
                      count: page.totalPages,
                      pages: format.number(page.totalPages),
                    })
                  : filtered
                    ? t('hintFiltered')
                    : query.image
                      ? t('hintImage')
                      : t.rich('hintSearch', {
                          zh: (chunks) => <span lang="zh">{chunks}</span>,
                        })}
              </p>
              <p className="mt-4 flex justify-center gap-4 text-sm font-medium">
                {page.total > 0 ? (
                  <Link
                    href={searchHref({ ...query, page: 1 })}
                    className="text-brand-700 underline"
                  >
                    {t('firstPage')}
                  </Link>
                ) : filtered ? (
                  <Link
                    href={searchHref({ q: query.q, image: query.image, category: query.category })}
                    className="text-brand-700 underline"
                  >
                    {t('clearFilters')}
                  </Link>
                ) : null}
                <Link href="/categories" className="text-brand-700 underline">
                  {t('browse')}
                </Link>
              </p>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}

export default withPageMessages('search', ProductsPage);
