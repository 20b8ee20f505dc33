import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { ProductGrid } from '@/components/search/product-card';
import type { ProductSummary } from '@/lib/domain/schemas';

/** Other offers of the supplier behind a product, best sellers first, with a way to the shop. */
export function MoreFromSupplier({
  supplierId,
  items,
  total,
}: {
  supplierId: string;
  items: ProductSummary[];
  total: number;
}) {
  const t = useTranslations('MoreFromSupplier');
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="more-from-supplier">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="more-from-supplier" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <Link
          href={`/suppliers/${supplierId}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t('seeAll', { count: total })} →
        </Link>
      </div>
      <div className="mt-4">
        <ProductGrid label={t('title')} products={items} />
      </div>
    </section>
  );
}
