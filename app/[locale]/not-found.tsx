'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { SearchBox } from '@/components/search/search-box';

/** In the page's language, from the layout's messages (a 404 has no route parameters). */
export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-slate-600">{t('text')}</p>
      <div className="mt-6">
        <SearchBox defaultValue="" />
      </div>
      <p className="mt-6 flex justify-center gap-4 font-medium">
        <Link href="/" className="text-brand-700 underline">
          {t('home')}
        </Link>
        <Link href="/categories" className="text-brand-700 underline">
          {t('categories')}
        </Link>
      </p>
    </div>
  );
}
