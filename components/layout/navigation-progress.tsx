'use client';

/**
 * While the next page is on its way after a link is followed (or a control navigates), a bar
 * runs along the top of the window, the page in view dims and screen readers hear that the
 * page is loading. No route has a loading skeleton (`loading.tsx`): a page's content is in its
 * first HTML, for a faster first paint and less work after it. So this is what tells the buyer
 * the click was taken. It ends when the address changes, or after 20 s whatever happened.
 */
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { NAVIGATION_EVENT } from './navigation-events';

const GIVE_UP_MS = 20_000;

/** Whether following `href` from the current page loads another page in the app. */
function leavesPage(href: string): boolean {
  const url = new URL(href, window.location.href);
  const here = window.location;
  return url.origin === here.origin && url.pathname + url.search !== here.pathname + here.search;
}

export function NavigationProgress() {
  const t = useTranslations('Loading');
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  const current = useRef(here);
  // The address a navigation started from: pending for as long as the address is still that.
  const [from, setFrom] = useState<string | null>(null);
  const pending = from === here;

  useEffect(() => {
    current.current = here;
  }, [here]);

  useEffect(() => {
    const start = (href: string) => {
      if (leavesPage(href)) setFrom(current.current);
    };
    const onClick = (e: MouseEvent) => {
      // Capture phase: Next's links cancel the click's default before it bubbles up here.
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if (link.target && link.target !== '_self') return;
      start(link.href);
    };
    const onAnnounce = (e: Event) => start((e as CustomEvent<string>).detail);
    document.addEventListener('click', onClick, true);
    window.addEventListener(NAVIGATION_EVENT, onAnnounce);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener(NAVIGATION_EVENT, onAnnounce);
    };
  }, []);

  useEffect(() => {
    if (!pending) return;
    const root = document.documentElement;
    root.dataset.navigating = '';
    const timer = window.setTimeout(() => setFrom(null), GIVE_UP_MS);
    return () => {
      delete root.dataset.navigating;
      window.clearTimeout(timer);
    };
  }, [pending]);

  return (
    <>
      {pending && (
        <div aria-hidden className="nav-progress fixed inset-x-0 top-0 z-50 h-1 overflow-hidden">
          <div className="h-full w-2/5 bg-brand-600" />
        </div>
      )}
      <p role="status" className="sr-only">
        {pending ? t('page') : ''}
      </p>
    </>
  );
}
