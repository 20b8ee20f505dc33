'use client';

import { type ReactNode, startTransition, Suspense, useEffect, useState } from 'react';

/**
 * Renders its children only once this part of the page has hydrated (see hydrated.ts): for
 * what works in the browser alone, such as following client navigations or this browser's
 * comparison. The server renders nothing in its place, so that hydration has nothing to match
 * and nothing the server had to give up on (a component reading the URL's query on a cached
 * page) to render again on the client, synchronously, before the page is interactive.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  // Its own state rather than the page's (useHydrated): wherever it is, and whenever its part of
  // the page hydrates, its first render matches the server's.
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
