'use client';

import { useTranslations } from 'next-intl';
import { ProductGridSkeleton, Skeleton } from '@/components/ui/skeleton';

/** In the page's language, from the layout's messages. */
export default function Loading() {
  const t = useTranslations('Loading');
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]" role="status" aria-label={t('results')}>
      {/* The filters: a button on phones, the panel beside the results from `lg` up. */}
      <Skeleton className="h-11 w-28 lg:h-96 lg:w-full" />
      <div>
        <Skeleton className="h-8 w-64" />
        <Skeleton className="mt-2 h-4 w-40" />
        <div className="mt-4">
          <ProductGridSkeleton />
        </div>
      </div>
    </div>
  );
}
