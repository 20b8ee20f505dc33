'use client';

import { useSearchParams } from 'next/navigation';
import { SearchBox } from '@/components/search/search-box';

/** The header's search box, pre-filled with the query being browsed (fresh for each search). */
export function HeaderSearch() {
  const params = useSearchParams();
  const q = params.get('q') ?? '';
  return <SearchBox key={params.toString()} defaultValue={q} size="compact" />;
}
