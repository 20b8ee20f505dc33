import type { Metadata } from 'next';
import { CategoryTree } from '@/components/category/category-tree';
import { UpstreamError } from '@/components/ui/upstream-error';
import { getCategories } from '@/lib/catalog';
import { countCategories } from '@/lib/catalog/categories';
import { attempt } from '@/lib/catalog/errors';

export const metadata: Metadata = { title: 'All categories' };
export const dynamic = 'force-dynamic';

export default async function CategoriesPage() {
  const result = await attempt(getCategories);
  return (
    <div>
      <h1 className="text-2xl font-semibold">All categories</h1>
      {result.ok ? (
        <>
          <p className="mt-1 text-sm text-slate-600">
            {result.value.data.length} departments, {countCategories(result.value.data)} categories
            in all.
          </p>
          <div className="mt-6">
            <CategoryTree roots={result.value.data} />
          </div>
        </>
      ) : (
        <div className="mt-6">
          <UpstreamError error={result.error} />
        </div>
      )}
    </div>
  );
}
