import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { CategoryGrid } from '@/components/category/category-grid';
import { ProductGrid } from '@/components/search/product-card';
import { SearchBox } from '@/components/search/search-box';
import { homePageData } from '@/lib/catalog/page-data';
import { localeFromParams } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/metadata';
import { catalogService } from '@/lib/catalog';
import { withPageMessages } from '@/components/layout/page-messages';

/** Rendered once a minute at most, the same page for every shopper (see proxy.ts). */
export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { alternates: localeAlternates(await localeFromParams(params), '/') };
}

const EXAMPLES = ['phone case', 'yoga mat', '连衣裙', 'gift box', 'dash cam', '积木'];

async function HomePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations('Home');
  const { categories, trending } = await homePageData(catalogService(locale));
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 max-w-2xl text-brand-100">{t('intro')}</p>
        <div className="mt-6 max-w-2xl">
          <SearchBox defaultValue="" />
        </div>
        <p className="mt-3 flex flex-wrap gap-2 text-sm">
          <span className="text-brand-100">{t('try')}</span>
          {EXAMPLES.map((q) => (
            <Link
              key={q}
              href={`/products?q=${encodeURIComponent(q)}`}
              lang={/\p{Script=Han}/u.test(q) ? 'zh' : 'en'}
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
            {t('categories')}
          </h2>
          <Link href="/categories" className="text-sm font-medium text-brand-700 hover:underline">
            {t('allCategories')} →
          </Link>
        </div>
        <div className="mt-4">
          <CategoryGrid categories={categories.data} />
        </div>
      </section>

      <section aria-labelledby="trending-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="trending-heading" className="text-xl font-semibold">
            {t('trending')}
          </h2>
          <Link
            href="/products?sort=sales"
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            {t('seeMore')} →
          </Link>
        </div>
        <div className="mt-4">
          <ProductGrid label={t('trending')} products={trending.data.items} />
        </div>
      </section>
    </div>
  );
}

export default withPageMessages('home', HomePage);
