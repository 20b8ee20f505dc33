'use client';

import { useSelectedLayoutSegments } from 'next/navigation';
import { SearchBox } from '@/components/search/search-box';
import { searchedWords } from '@/lib/domain/search-links';

/**
 * The header's search box, pre-filled with the words being searched (fresh for each search).
 * The search is read from the route (`/products/search/<key>`, where proxy.ts sends every
 * search), which the server knows too: the box is rendered with the page and hydrated in place,
 * so nothing typed into it before the page is interactive is lost.
 */
export function HeaderSearch() {
  const segments = useSelectedLayoutSegments();
  const key = segments[0] === 'products' && segments[1] === 'search' ? segments[2] : undefined;
  const q = key ? searchedWords(key) : '';
  return <SearchBox key={key ?? ''} defaultValue={q} size="compact" />;
}
