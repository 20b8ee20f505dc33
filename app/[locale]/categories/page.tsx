import type { Metadata } from 'next';
import { CategoryTree } from '@/components/category/category-tree';
import { categoriesPageData } from '@/lib/catalog/page-data';
import { countCategories } from '@/lib/domain/categories';

export const metadata: Metadata = {
  title: 'All categories',
  description: 'Every 1688 wholesale category, in English with the Chinese names.',
  alternates: { canonical: '/categories' },
};
export const revalidate = 300;

export default async function CategoriesPage() {
  const { data: roots } = await categoriesPageData();
  return (
    <div>
      <h1 className="text-2xl font-semibold">All categories</h1>
      <p className="mt-1 text-sm text-slate-600">
        {roots.length} departments, {countCategories(roots) - roots.length} categories. Open one to
        see its subcategories.
      </p>
      <div className="mt-6">
        <CategoryTree roots={roots} />
      </div>
    </div>
  );
}
