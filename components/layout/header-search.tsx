'use client';

import { useSelectedLayoutSegments } from 'next/navigation';
import { SearchBox } from '@/components/search/search-box';
import { parseSearchKey } from '@/lib/domain/search-params';

/**
 * The header's search box, pre-filled with the words being searched (fresh for each search).
 * The search is read from the route (`/products/search/<key>`, where proxy.ts sends every
 * search), which the server knows too: the box is rendered with the page and hydrated in place,
 * so nothing typed into it before the page is interactive is lost.
 */
export function HeaderSearch() {
  const segments = useSelectedLayoutSegments();
  const key = segments[0] === 'products' && segments[1] === 'search' ? segments[2] : undefined;
  const q = key ? (parseSearchKey(key).q ?? '') : '';
  return <SearchBox key={key ?? ''} defaultValue={q} size="compact" />;
}
