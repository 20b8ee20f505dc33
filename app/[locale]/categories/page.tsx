import type { Metadata } from 'next';
import { CategoryTree } from '@/components/category/category-tree';
import { categoriesPageData } from '@/lib/catalog/page-data';
import { countCategories } from '@/lib/domain/categories';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/metadata';
import { catalogService } from '@/lib/catalog';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'CategoriesPage' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, '/categories'),
  };
}
export const revalidate = 300;

export default async function CategoriesPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations('CategoriesPage');
  const { data: roots } = await categoriesPageData(catalogService(locale));
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {t('summary', {
          departments: roots.length,
          categories: countCategories(roots) - roots.length,
        })}
      </p>
      <div className="mt-6">
        <CategoryTree roots={roots} />
      </div>
    </div>
  );
}
