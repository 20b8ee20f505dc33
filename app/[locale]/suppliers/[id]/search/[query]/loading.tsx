'use client';

import { useTranslations } from 'next-intl';
import { ProductGridSkeleton, Skeleton } from '@/components/ui/skeleton';

/** In the page's language, from the layout's messages. */
export default function Loading() {
  const t = useTranslations('Loading');
  return (
    <div className="space-y-6" role="status" aria-label={t('supplier')}>
      <Skeleton className="h-44 w-full" />
      <Skeleton className="h-8 w-64" />
      <ProductGridSkeleton />
    </div>
  );
}
