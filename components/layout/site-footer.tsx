import { CatalogLink as Link } from '@/components/ui/catalog-link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600">
        <p>
          pifa 批发 · wholesale sourcing from 1688.com in English. Prices are in CNY; conversions
          are approximate.
        </p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/categories" className="hover:text-brand-700">
            All categories
          </Link>
          <Link href="/api-status" className="hover:text-brand-700">
            API status
          </Link>
        </nav>
      </div>
    </footer>
  );
}
