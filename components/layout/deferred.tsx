'use client';

import { lazy } from 'react';
import { AfterHydration } from './after-hydration';

const CompareTray = lazy(() =>
  import('@/components/compare/compare-tray').then((m) => ({ default: m.CompareTray })),
);

/** The compare tray: per-browser only, so loaded once the page has hydrated. */
export function DeferredCompareTray() {
  return (
    <AfterHydration>
      <CompareTray />
    </AfterHydration>
  );
}
