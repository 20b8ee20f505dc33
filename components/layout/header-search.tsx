'use client';

import { useSearchParams } from 'next/navigation';
import { SearchBox } from '@/components/search/search-box';

/** The header's search box, pre-filled with the query being browsed. */
export function HeaderSearch() {
  const q = useSearchParams().get('q') ?? '';
  return <SearchBox key={q} defaultValue={q} size="compact" />;
}
