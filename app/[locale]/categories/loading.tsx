'use client';

import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';

/** In the page's language, from the layout's messages. */
export default function Loading() {
  const t = useTranslations('Loading');
  return (
    <div role="status" aria-label={t('categories')}>
      <Skeleton className="h-8 w-56" />
      <div className="mt-6 grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-48 w-full" />
        ))}
      </div>
    </div>
  );
}
