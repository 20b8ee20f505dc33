'use client';

import Link from 'next/link';
import { lineCount } from '@/lib/domain/sourcing-list';
import { useSourcingList } from './list-store';

/** The header's link to /list, with the number of lines in this browser's list. */
export function ListLink() {
  const { list } = useSourcingList();
  const n = list ? lineCount(list) : null;
  return (
    <Link
      href="/list"
      aria-label={
        n === null ? 'Sourcing list' : `Sourcing list, ${n} ${n === 1 ? 'line' : 'lines'}`
      }
      className="inline-flex items-center gap-1.5 rounded-md hover:text-brand-700"
    >
      List
      {n !== null ? (
        <span
          data-testid="list-count"
          className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${n > 0 ? 'bg-brand-600 text-white' : 'bg-slate-200 text-slate-700'}`}
        >
          {n}
        </span>
      ) : null}
    </Link>
  );
}
