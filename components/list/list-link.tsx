'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/**
 * The count and the list it reads (schema, zod) load after the page is interactive: they are
 * not worth delaying every page's hydration for, and the link works without them.
 */
const ListCount = dynamic(() => import('./list-count').then((m) => m.ListCount), {
  ssr: false,
});

/** The header's link to /list, with the number of lines in this browser's list. */
export function ListLink() {
  const t = useTranslations('Header');
  return (
    <Link href="/list" className="inline-flex items-center gap-1.5 rounded-md hover:text-brand-700">
      {t('list')}
      {/* Room for the count before it loads, so that the header does not move. */}
      <span className="inline-flex h-4 min-w-5 justify-center">
        <ListCount />
      </span>
    </Link>
  );
}
