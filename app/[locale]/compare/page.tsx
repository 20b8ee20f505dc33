import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { CompareView } from '@/components/compare/compare-view';
import { Skeleton } from '@/components/ui/skeleton';
import { localeFromParams } from '@/i18n/locale-param';
import { withPageMessages } from '@/components/layout/page-messages';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Compare' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

/**
 * `/compare?ids=…&qty=…`. The page must not read its query on the server (that would make it
 * dynamic and uncacheable), and a proxy rewrite would cache one page per comparison for little
 * gain: the offers come from the API's cache anyway. So this is one cached shell, and
 * CompareView reads the query with useSearchParams in the browser, inside Suspense.
 */
export const revalidate = 3600;

async function ComparePage({ params }: Props) {
  await localeFromParams(params);
  const t = await getTranslations('Compare');
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <Suspense
        fallback={
          <div
            role="status"
            aria-busy="true"
            aria-label={t('loading')}
            className="grid gap-4 md:grid-cols-3"
          >
            <Skeleton className="h-96 w-full" />
            <Skeleton className="h-96 w-full" />
            <Skeleton className="h-96 w-full" />
          </div>
        }
      >
        <CompareView />
      </Suspense>
    </div>
  );
}

export default withPageMessages('compare', ComparePage);
