import type { Metadata } from 'next';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { CategoryGrid } from '@/components/category/category-grid';
import { ProductGrid } from '@/components/search/product-card';
import { SearchBox } from '@/components/search/search-box';
import { homePageData } from '@/lib/catalog/page-data';

/** Rendered once a minute at most, the same page for every shopper (see proxy.ts). */
export const revalidate = 60;

export const metadata: Metadata = { alternates: { canonical: '/' } };

const EXAMPLES = ['phone case', 'yoga mat', '连衣裙', 'gift box', 'dash cam', '积木'];

export default async function HomePage() {
  const { categories, trending } = await homePageData();
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">
          Buy wholesale from Chinese factories, in English.
        </h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Search 1688.com by keyword or category, compare tiered prices, minimum orders and
          suppliers, then open the offer on 1688.
        </p>
        <div className="mt-6 max-w-2xl">
          <SearchBox defaultValue="" />
        </div>
        <p className="mt-3 flex flex-wrap gap-2 text-sm">
          <span className="text-brand-100">Try:</span>
          {EXAMPLES.map((q) => (
            <Link
              key={q}
              href={`/products?q=${encodeURIComponent(q)}`}
              className="rounded-full bg-white/15 px-3 py-0.5 hover:bg-white/25"
            >
              {q}
            </Link>
          ))}
        </p>
      </section>

      <section aria-labelledby="categories-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="categories-heading" className="text-xl font-semibold">
            Shop by category
          </h2>
          <Link href="/categories" className="text-sm font-medium text-brand-700 hover:underline">
            All categories →
          </Link>
        </div>
        <div className="mt-4">
          <CategoryGrid categories={categories.data} />
        </div>
      </section>

      <section aria-labelledby="trending-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="trending-heading" className="text-xl font-semibold">
            Trending offers
          </h2>
          <Link
            href="/products?sort=sales"
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            See more →
          </Link>
        </div>
        <div className="mt-4">
          <ProductGrid label="Trending offers" products={trending.data.items} />
        </div>
      </section>
    </div>
  );
}
