import { CatalogLink as Link } from '@/components/ui/catalog-link';

export default function ProductNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">This product isn’t available</h1>
      <p className="mt-3 text-slate-600">
        No offer has this id. It may have been taken down by the supplier, or the link is mistyped.
      </p>
      <p className="mt-6 flex justify-center gap-4 font-medium">
        <Link href="/products" className="text-brand-700 underline">
          Search products
        </Link>
        <Link href="/categories" className="text-brand-700 underline">
          Browse categories
        </Link>
      </p>
    </div>
  );
}
