import type { Metadata } from 'next';
import { ListPage } from '@/components/list/list-page';

export const metadata: Metadata = {
  title: 'Sourcing list',
  robots: { index: false, follow: false },
};

/**
 * The same page for every buyer, cached like the catalog pages: the list lives in the
 * browser (localStorage, or a share link's fragment, which never reaches the server).
 */
export const revalidate = 3600;

export default function SourcingListPage() {
  return <ListPage />;
}
