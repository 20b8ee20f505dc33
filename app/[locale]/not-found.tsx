import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { SearchBox } from '@/components/search/search-box';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">We couldn’t find that page</h1>
      <p className="mt-3 text-slate-600">
        The address may be mistyped, or the page has moved. Try a search instead.
      </p>
      <div className="mt-6">
        <SearchBox defaultValue="" />
      </div>
      <p className="mt-6 flex justify-center gap-4 font-medium">
        <Link href="/" className="text-brand-700 underline">
          Home
        </Link>
        <Link href="/categories" className="text-brand-700 underline">
          All categories
        </Link>
      </p>
    </div>
  );
}
