import { CatalogLink as Link } from '@/components/ui/catalog-link';

export default function SupplierNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">This supplier isn’t available</h1>
      <p className="mt-3 text-slate-600">
        No supplier has this id. The shop may have closed, or the link is mistyped.
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
