import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { CheckCircleIcon, WarningIcon } from '@/components/ui/status-icons';
import type { DataSource } from '@/lib/domain/schemas';

/** Tells the shopper, on every page, whether prices are real 1688 data or samples. */
export function DataSourceBanner({ source }: { source: DataSource }) {
  const t = useTranslations('DataSource');
  if (source === 'live') {
    return (
      <div role="status" className="bg-emerald-50 text-emerald-900 border-b border-emerald-200">
        <p className="mx-auto max-w-7xl px-4 py-1.5 text-sm">
          <CheckCircleIcon />
          {t('live')} ·{' '}
          <Link href="/api-status" className="underline underline-offset-2 hover:text-emerald-700">
            {t('status')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="bg-amber-50 text-amber-950 border-b border-amber-200">
      <p className="mx-auto max-w-7xl px-4 py-1.5 text-sm">
        <WarningIcon />
        {t('mock')}{' '}
        <Link
          href="/api-status"
          className="font-medium underline underline-offset-2 hover:text-amber-800"
        >
          {t('connect')}
        </Link>
      </p>
    </div>
  );
}
