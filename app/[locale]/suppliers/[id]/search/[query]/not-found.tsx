'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';

/** In the page's language, from the layout's messages. */
export default function SupplierNotFound() {
  const t = useTranslations('SupplierNotFound');
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-slate-600">{t('text')}</p>
      <p className="mt-6 flex justify-center gap-4 font-medium">
        <Link href="/products" className="text-brand-700 underline">
          {t('search')}
        </Link>
        <Link href="/categories" className="text-brand-700 underline">
          {t('browse')}
        </Link>
      </p>
    </div>
  );
}
