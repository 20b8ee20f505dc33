import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CategoryBreadcrumb } from '@/components/category/category-breadcrumb';
import { AttributesTable, ShippingInfo, SupplierCard } from '@/components/product/product-details';
import { ProductView } from '@/components/product/product-view';
import { StaleNotice } from '@/components/ui/stale-notice';
import { productPageData } from '@/lib/catalog/page-data';
import { plural } from '@/lib/domain/pricing';
import { offerId } from '@/lib/domain/schemas';

type Props = { params: Promise<{ id: string }> };

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
const load = cache(async (id: string) =>
  offerId.safeParse(id).success ? productPageData(id) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id);
  return { title: loaded?.result.data ? loaded.result.data.title : 'Product' };
}

const count = new Intl.NumberFormat('en-US');

export default async function ProductPage({ params }: Props) {
  const { id } = await params;
  const loaded = await load(id);
  const product = loaded?.result.data;
  if (!loaded || !product) notFound();
  const { result, path } = loaded;

  const heading = (
    <div>
      <h1 className="text-2xl font-semibold leading-snug">{product.title}</h1>
      <p lang="zh" className="mt-1 text-slate-600">
        {product.titleZh}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {count.format(product.sales30d)} sold in 30 days · MOQ {product.moq}{' '}
        {plural(product.unit, product.moq)}
        {product.lotSize > 1 ? ` · lots of ${product.lotSize}` : ''}
      </p>
    </div>
  );

  return (
    <article className="space-y-8">
      <StaleNotice result={result} />
      <CategoryBreadcrumb path={path} hrefFor={(c) => `/products?category=${c.id}`} />

      <ProductView product={product} heading={heading} fetchedAt={result.fetchedAt} />

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <AttributesTable attributes={product.attributes} />
          <section
            aria-labelledby="description"
            className="rounded-xl border border-slate-200 bg-white p-4"
          >
            <h2 id="description" className="font-semibold">
              Seller’s description
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
            View this offer on 1688.com ↗
          </a>
        </div>
      </div>
    </article>
  );
}
