import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';

export function SiteFooter() {
  const t = useTranslations('Footer');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600">
        <p>
          pifa{' '}
          <span lang="zh" className="whitespace-nowrap">
            批发
          </span>{' '}
          · {t('about')}
        </p>
        <nav aria-label={t('nav')} className="flex gap-4">
          <Link href="/categories" className="hover:text-brand-700">
            {t('categories')}
          </Link>
          <Link href="/api-status" className="hover:text-brand-700">
            {t('status')}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
