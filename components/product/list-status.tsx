'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useUnits } from '@/i18n/units';

export type ListStatusProps = {
  productId: string;
  unit: string;
  /** What the last add said, if anything. */
  message: string;
  /** Whether the order form holds no quantity. */
  empty: boolean;
  /** How many units of this offer the stored list holds. */
  held: number;
};

/** What the sourcing list holds of this offer, and the link to it once it holds some. */
export function ListStatus({ unit, message, empty, held }: ListStatusProps) {
  const t = useTranslations('AddToList');
  const units = useUnits();
  return (
    <>
      {message ||
        (held > 0
          ? t('inList', { quantity: units.count(held, unit) })
          : empty
            ? t('enter')
            : '')}{' '}
      {held > 0 || message ? (
        <Link href="/list" className="font-medium text-brand-700 underline">
          {t('view')}
        </Link>
      ) : null}
    </>
  );
}
