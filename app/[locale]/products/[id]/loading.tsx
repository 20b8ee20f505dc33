'use client';

import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';

/** In the page's language, from the layout's messages. */
export default function Loading() {
  const t = useTranslations('Loading');
  return (
    <div className="grid gap-8 md:grid-cols-2" role="status" aria-label={t('product')}>
      <Skeleton className="aspect-square w-full" />
      <div className="space-y-4">
        <Skeleton className="h-8 w-5/6" />
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-10 w-48" />
        <Skeleton className="h-20 w-full" />
      </div>
    </div>
  );
}
