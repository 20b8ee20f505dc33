'use client';

/**
 * After a client-side navigation, focus goes where a keyboard or screen-reader user can carry
 * on: back to the control they were using if the new page has it again (the sort select, the
 * search box after picking a suggestion), otherwise to the new page's heading (or <main>), at
 * the top of the new content rather than on a link that is gone. Not on the first load, and
 * never away from a field that is still on the page (the search box while it suggests).
 */
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

const isField = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLSelectElement ||
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && !['submit', 'button', 'image', 'reset'].includes(el.type));

function focus(el: HTMLElement) {
  // Headings and <main> take focus only with a tabindex; fields already do (and keep their
  // place in the tab order).
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

export function RouteFocus() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const url = `${pathname}?${search}`;
  const last = useRef(url);
  /** The id of the field that had focus last, if focus has not been anywhere else since. */
  const field = useRef<string | null>(null);

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      field.current = isField(e.target as Element) ? (e.target as HTMLElement).id || null : null;
    };
    // A tap or click elsewhere (which need not move focus, in Safari) means the user has moved on.
    const onPointerDown = (e: PointerEvent) => {
      if (e.target !== document.activeElement) field.current = null;
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  useEffect(() => {
    if (last.current === url) return;
    last.current = url;
    const active = document.activeElement;
    if (active?.closest('dialog[open]')) return;
    if (isField(active) && active.isConnected) return;
    const main = document.getElementById('main');
    if (!main) return;
    const id = field.current;
    const target = () =>
      (id ? document.getElementById(id) : null) ?? main.querySelector<HTMLElement>('h1');
    const found = target();
    if (found) return focus(found);
    focus(main);
    // Rarely, the new page's heading is not in place yet when its address changes (no route has
    // a loading skeleton, and every page renders its h1 on the server): focus moves on once it
    // is, unless the user has gone somewhere else meanwhile.
    const observer = new MutationObserver(() => {
      const next = target();
      if (!next) return;
      stop();
      const now = document.activeElement;
      if (!now || now === document.body || now === main) focus(next);
    });
    const timer = window.setTimeout(() => stop(), 5000);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [url]);

  return null;
}
