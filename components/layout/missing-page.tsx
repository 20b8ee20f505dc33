import { CatalogLink as Link } from '@/components/ui/catalog-link';

/** What stands in the place of an offer or a shop that does not exist: why, and two ways on. */
export function MissingPage({
  title,
  text,
  search,
  browse,
}: {
  title: string;
  text: string;
  search: string;
  browse: string;
}) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-600">{text}</p>
      <p className="mt-6 flex justify-center gap-4 font-medium">
        <Link href="/products" className="text-brand-700 underline">
          {search}
        </Link>
        <Link href="/categories" className="text-brand-700 underline">
          {browse}
        </Link>
      </p>
    </div>
  );
}
