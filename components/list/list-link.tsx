'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { ListCountBadge } from './list-count-badge';
import { useListKept } from './list-kept';

/**
 * The count of a stored list, and the schema (zod) it is read through, load only when this
 * browser has a list, after the page is interactive: no page waits for them, and a buyer who has
 * none (most visitors) never loads them. The link works without them.
 */
const StoredListCount = dynamic(() => import('./list-count').then((m) => m.ListCount), {
  ssr: false,
  loading: () => <ListCountBadge lines={null} />,
});

function Count() {
  const kept = useListKept();
  if (kept === null) return <ListCountBadge lines={null} />;
  return kept ? <StoredListCount /> : <ListCountBadge lines={0} />;
}

/** The header's link to /list, with the number of lines in this browser's list. */
export function ListLink() {
  const t = useTranslations('Header');
  return (
    <Link href="/list" className="inline-flex items-center gap-1.5 rounded-md hover:text-brand-700">
      {t('list')}
      {/* Room for the count before it is read, so that the header does not move. */}
      <span className="inline-flex h-4 min-w-5 justify-center">
        <Count />
      </span>
    </Link>
  );
}
