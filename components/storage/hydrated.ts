'use client';

/**
 * Whether this page has hydrated, for reading what only the browser knows without making
 * React render again straight after hydration.
 */

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

let hydrated = false;

/**
 * False while React hydrates the page, true from then on. What only this browser knows (its
 * storage, cookies, languages, the URL's fragment) is read once it is true, through
 * `useSyncExternalStore` as before.
 *
 * The page hydrates with what the server rendered. A value read straight away that differs from
 * the server's makes React render its component again synchronously, right after hydration, in
 * one long task that also finishes whatever is still hydrating: on a catalog page, most of the
 * time the page is blocked. Switching here happens in a transition, which React renders in
 * short steps. Components that mount after hydration (a client navigation) read at once.
 *
 * "Hydrated" is page-wide, and set by the first component to finish hydrating, in the page's
 * shell. A Suspense boundary that hydrates after the shell reads at once too, as React would
 * without this: its components may render again synchronously.
 */
export function useHydrated(): boolean {
  const [done, setDone] = useState(hydrated);
  useEffect(() => {
    if (done) return;
    hydrated = true;
    startTransition(() => setDone(true));
  }, [done]);
  return done;
}

/** For a browser value nothing announces a change of (a cookie read once per page). */
export const noSubscription = () => () => undefined;

/**
 * `useSyncExternalStore` for what only the browser knows: the server's value while the page
 * hydrates, then the browser's (`getSnapshot`), switched in a transition as above.
 */
export function useBrowserValue<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const hydrated = useHydrated();
  return useSyncExternalStore(
    subscribe,
    hydrated ? getSnapshot : getServerSnapshot,
    getServerSnapshot,
  );
}
