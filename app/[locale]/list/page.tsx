import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ListPage } from '@/components/list/list-page';
import { localeFromParams } from '@/i18n/locale-param';
import { withPageMessages } from '@/components/layout/page-messages';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'List' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * The same page for every buyer, cached like the catalog pages: the list lives in the
 * browser (localStorage, or a share link's fragment, which never reaches the server).
 */
export const revalidate = 3600;

async function SourcingListPage({ params }: Props) {
  await localeFromParams(params);
  return <ListPage />;
}

export default withPageMessages('list', SourcingListPage);
