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
  if (items.length === 0) return null;
  const count = new Intl.NumberFormat('en-US').format(total);
  return (
    <section aria-labelledby="more-from-supplier">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="more-from-supplier" className="text-xl font-semibold">
          More from this supplier
        </h2>
        <Link
          href={`/suppliers/${supplierId}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          See all {count} offers →
        </Link>
      </div>
      <div className="mt-4">
        <ProductGrid label="More from this supplier" products={items} />
      </div>
    </section>
  );
}
