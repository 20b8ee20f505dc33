'use client';

import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';

/**
 * A link to a page of the catalog in the page's language, never prefetched. Next.js
 * prefetches every link in view; a catalog page not yet in the page cache costs 1688 calls to
 * render, so a search page would spend a dozen calls on category and product pages nobody
 * opened (the quota is the scarce thing, not the few milliseconds a prefetch saves). Pages
 * open on click as usual.
 */
export function CatalogLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
