'use client';

import { useTranslations } from 'next-intl';
import { lineCount } from '@/lib/domain/sourcing-list';
import { useSourcingList } from './list-store';

const BADGE = 'min-w-5 rounded-full px-1.5 text-center text-xs font-semibold';

/** "3": the lines in this browser's sourcing list, named for screen readers (the number, then the words). */
export function ListCount() {
  const t = useTranslations('Header');
  const { list } = useSourcingList();
  if (!list)
    return (
      <span aria-hidden className={`${BADGE} invisible`}>
        0
      </span>
    );
  const n = lineCount(list);
  return (
    <span
      data-testid="list-count"
      className={`${BADGE} ${n > 0 ? 'bg-brand-600 text-white' : 'bg-slate-200 text-slate-700'}`}
    >
      {n}
      <span className="sr-only"> {t('listLines', { count: n })}</span>
    </span>
  );
}
