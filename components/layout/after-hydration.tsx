'use client';

import { type ReactNode, Suspense } from 'react';
import { useHydrated } from '@/components/storage/hydrated';

/**
 * Renders its children only once the page has hydrated (see hydrated.ts): for what works in the
 * browser alone, such as following client navigations or this browser's comparison. The server
 * renders nothing in its place, so that hydration has nothing to match and nothing the server
 * had to give up on (a component reading the URL's query on a cached page) to render again on
 * the client, synchronously, before the page is interactive.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated ? <Suspense fallback={null}>{children}</Suspense> : null;
}
