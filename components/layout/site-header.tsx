import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { Suspense } from 'react';
import { SearchBox } from '@/components/search/search-box';
import { CurrencyPicker } from './currency-picker';
import { HeaderSearch } from './header-search';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded-md" aria-label="pifa home">
          <span
            aria-hidden
            className="grid size-9 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white"
          >
            批
          </span>
          <span className="text-xl font-bold tracking-tight">
            pifa<span className="ml-1 text-sm font-normal text-slate-500">批发</span>
          </span>
        </Link>
        <div className="order-3 w-full md:order-none md:w-auto md:flex-1">
          <Suspense fallback={<SearchBox defaultValue="" size="compact" />}>
            <HeaderSearch />
          </Suspense>
        </div>
        <nav aria-label="Main" className="ml-auto flex items-center gap-4 text-sm font-medium">
          <Link href="/categories" className="rounded-md hover:text-brand-700">
            Categories
          </Link>
          <Link href="/api-status" className="rounded-md hover:text-brand-700">
            API status
          </Link>
          <Suspense fallback={null}>
            <CurrencyPicker />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
