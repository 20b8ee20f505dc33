import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { localeFromParams } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/metadata';
import { getUnits } from '@/i18n/units-server';
import { CategoryBreadcrumb } from '@/components/category/category-breadcrumb';
import { AttributesTable, ShippingInfo, SupplierCard } from '@/components/product/product-details';
import { MoreFromSupplier } from '@/components/product/more-from-supplier';
import { ProductView } from '@/components/product/product-view';
import { offerFigures } from '@/components/product/offer-figures';
import { landedNames, methodLabels } from '@/components/landed/landed-names';
import { hasSupplierPage } from '@/components/supplier/supplier-facts';
import { StaleNotice } from '@/components/ui/stale-notice';
import { JsonLd } from '@/components/seo/json-ld';
import { catalogService, getDisplayRates } from '@/lib/catalog';
import { siteUrl } from '@/lib/catalog/config';
import { productPageData } from '@/lib/catalog/page-data';
import { offerId, type Product, searchQuery } from '@/lib/domain/schemas';
import { breadcrumbJsonLd, productDescription, productJsonLd } from '@/lib/domain/structured-data';
import type { Locale } from '@/lib/domain/locales';
import { DEFAULT_CURRENCY, formatConverted } from '@/lib/domain/currency';
import { withPageMessages } from '@/components/layout/page-messages';

type Props = { params: Promise<{ locale: string; id: string }> };

/**
 * Product pages are rendered on first request and then served from Next's page cache for a
 * minute, the same page for every shopper: the display currency is applied in the browser.
 * The product itself is kept for hours by the catalog (the page says how old its prices are,
 * and fetches current ones when the buyer asks).
 */
export const revalidate = 60;

export function generateStaticParams(): { id: string }[] {
  return [];
}

/** One catalog call per request, shared by the metadata and the page; null for a bad id. */
const load = cache(async (id: string, locale: Locale) =>
  offerId.safeParse(id).success ? productPageData(id, catalogService(locale)) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const product = (await load(id, locale))?.result.data;
  if (!product) {
    const t = await getTranslations({ locale, namespace: 'ProductPage' });
    return { title: t('fallbackTitle'), robots: { index: false } };
  }
  const description = productDescription(product);
  return {
    title: product.title,
    description,
    alternates: localeAlternates(locale, `/products/${product.id}`),
    openGraph: { title: product.title, description, url: `/products/${product.id}` },
    twitter: { title: product.title, description },
  };
}

async function ProductPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const [t, format, landed] = await Promise.all([
    getTranslations('ProductPage'),
    getFormatter(),
    getTranslations({ locale, namespace: 'Landed' }),
  ]);
  const units = await getUnits(locale);
  const loaded = await load(id, locale);
  const product = loaded?.result.data;
  if (!loaded || !product) notFound();
  const { result, path } = loaded;
  const more = await moreFrom(product, locale);
  // The browser needs neither the seller's description nor the attributes (both shown here).
  const { description: _d, attributes: _a, ...listable } = product;

  const heading = (
    <div>
      <h1 className="text-2xl font-semibold leading-snug">{product.title}</h1>
      <p lang="zh" className="mt-1 text-slate-600">
        {product.titleZh}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {t('sold', { sold: format.number(product.sales30d) })} ·{' '}
        {t('moq', { quantity: units.count(product.moq, product.unit) })}
        {product.lotSize > 1 ? ` · ${t('lots', { size: format.number(product.lotSize) })}` : ''}
      </p>
    </div>
  );

  const site = siteUrl();
  return (
    <article className="space-y-8">
      <JsonLd data={productJsonLd(product, site)} />
      <JsonLd
        data={breadcrumbJsonLd(path, site, {
          name: product.title,
          url: `${site}/products/${product.id}`,
        })}
      />
      <StaleNotice result={result} />
      <CategoryBreadcrumb path={path} hrefFor={(c) => `/products?category=${c.id}`} />

      <ProductView
        product={listable}
        heading={heading}
        fetchedAt={result.fetchedAt}
        methodLabels={methodLabels(landedNames(landed))}
        figures={offerFigures(product, {
          units,
          locale,
          number: (n) => format.number(n),
          approx: (yuan) => formatConverted(yuan, DEFAULT_CURRENCY, getDisplayRates(), locale),
        })}
      />

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <AttributesTable attributes={product.attributes} />
          <section
            aria-labelledby="description"
            className="rounded-xl border border-slate-200 bg-white p-4"
          >
            <h2 id="description" className="font-semibold">
              {t('description')}
            </h2>
            <div
              className="seller-html mt-3"
              dangerouslySetInnerHTML={{ __html: product.description }}
            />
          </section>
        </div>
        <div className="space-y-6">
          <SupplierCard supplier={product.supplier} />
          <ShippingInfo shipping={product.shipping} shipsIn48h={product.shipsIn48h} />
          <a
            href={product.sourceUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="block rounded-lg bg-brand-600 px-4 py-3 text-center font-semibold text-white hover:bg-brand-700"
          >
            {t('viewOn1688')} ↗
          </a>
        </div>
      </div>
      {more ? <MoreFromSupplier supplierId={product.supplier.id} {...more} /> : null}
    </article>
  );
}

/**
 * The supplier's best sellers besides this one. Optional: if they cannot be loaded, the page
 * goes without them rather than failing.
 */
async function moreFrom(product: Product, locale: Locale) {
  if (!hasSupplierPage(product.supplier.id)) return null;
  try {
    const { data } = await catalogService(locale).searchSupplierOffers(
      product.supplier.id,
      searchQuery.parse({ sort: 'sales', pageSize: 9 }),
    );
    return { items: data.items.filter((i) => i.id !== product.id).slice(0, 8), total: data.total };
  } catch {
    return null;
  }
}

export default withPageMessages('product', ProductPage);
