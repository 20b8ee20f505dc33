'use client';

import dynamic from 'next/dynamic';

/** The compare tray: per-browser only, so loaded once the page is interactive. */
export const DeferredCompareTray = dynamic(
  () => import('@/components/compare/compare-tray').then((m) => m.CompareTray),
  { ssr: false },
);
