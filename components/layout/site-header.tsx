import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { ListLink } from '@/components/list/list-link';
import { CurrencyPicker } from './currency-picker';
import { HeaderSearch } from './header-search';
import { LanguagePicker } from './language-picker';

export function SiteHeader() {
  const t = useTranslations('Header');
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded-md">
          <span
            aria-hidden
            className="grid size-9 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white"
          >
            批
          </span>
          <span className="text-xl font-bold tracking-tight">
            pifa
            <span lang="zh" className="ml-1 text-sm font-normal text-slate-600">
              批发
            </span>
            <span className="sr-only"> {t('home')}</span>
          </span>
        </Link>
        <div className="order-3 w-full md:order-none md:w-auto md:flex-1">
          <HeaderSearch />
        </div>
        <nav
          aria-label={t('nav')}
          className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-2 text-sm font-medium sm:gap-x-4"
        >
          <Link href="/categories" className="rounded-md hover:text-brand-700">
            {t('categories')}
          </Link>
          <Link href="/compare" className="rounded-md hover:text-brand-700">
            {t('compare')}
          </Link>
          <ListLink />
          <div className="flex items-center gap-1">
            <LanguagePicker />
            <CurrencyPicker />
          </div>
        </nav>
      </div>
      {/* The target of the layout's render-blocking link: the first paint waits for it. */}
      <span id="header-end" hidden />
    </header>
  );
}
