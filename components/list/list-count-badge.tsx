'use client';

import { useTranslations } from 'next-intl';

const BADGE = 'min-w-5 rounded-full px-1.5 text-center text-xs font-semibold';

/**
 * "3": a number of lines in the sourcing list, named for screen readers (the number, then the
 * words); `null` keeps the badge's room while the list is not yet read.
 */
export function ListCountBadge({ lines }: { lines: number | null }) {
  const t = useTranslations('Header');
  if (lines === null)
    return (
      <span aria-hidden className={`${BADGE} invisible`}>
        0
      </span>
    );
  return (
    <span
      data-testid="list-count"
      className={`${BADGE} ${lines > 0 ? 'bg-brand-600 text-white' : 'bg-slate-200 text-slate-700'}`}
    >
      {lines}
      <span className="sr-only"> {t('listLines', { count: lines })}</span>
    </span>
  );
}
