'use client';

/**
 * After a client-side navigation, focus goes to the new page's heading (or to <main>), where a
 * page load would have left a keyboard or screen-reader user: at the top of the new content,
 * not on a link that is gone. Not on the first load, and not away from a field the user is
 * working in (the sort select navigates as it changes; the search box while it suggests).
 */
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

function keepsFocus(el: Element | null): boolean {
  if (!el || !el.isConnected || el === document.body) return false;
  if (el.closest('dialog[open]')) return false;
  return el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement
    ? true
    : el instanceof HTMLInputElement && !['submit', 'button', 'image'].includes(el.type);
}

function focus(el: HTMLElement) {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

export function RouteFocus() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const url = `${pathname}?${search}`;
  const last = useRef(url);

  useEffect(() => {
    if (last.current === url) return;
    last.current = url;
    if (keepsFocus(document.activeElement)) return;
    const main = document.getElementById('main');
    if (!main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    focus(heading ?? main);
    if (heading) return;
    // The page may stream in behind its loading skeleton: its heading takes over once it
    // arrives, unless the user has gone somewhere else meanwhile.
    const observer = new MutationObserver(() => {
      const h1 = main.querySelector<HTMLElement>('h1');
      if (!h1) return;
      stop();
      if (document.activeElement === main || document.activeElement === document.body) focus(h1);
    });
    const timer = window.setTimeout(() => stop(), 5000);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [url]);

  return null;
}
