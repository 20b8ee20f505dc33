'use client';

import { useLocale } from 'next-intl';
import { useSyncExternalStore } from 'react';

/** "3 hours ago" in the page's language. */
export function ago(fetchedAt: string, now = Date.now(), locale = 'en'): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = Math.round((new Date(fetchedAt).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(Math.min(-1, seconds), 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

const STEP_MS = 15_000;

/**
 * Set once the page has been idle after it loaded: until then every page reads the time as the
 * server rendered it. Saying "3 hours ago" needs the browser's first number format, its
 * slowest; made while the page hydrates it would hold up the page becoming interactive.
 */
let started = false;
/** Components waiting for that moment: all of them switch together. */
const waiting = new Set<() => void>();
let cancelIdle: (() => void) | null = null;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

function start() {
  started = true;
  cancelIdle = null;
  const listeners = [...waiting];
  waiting.clear();
  for (const onChange of listeners) onChange();
}

const subscribe = (onChange: () => void) => {
  if (!started) {
    waiting.add(onChange);
    cancelIdle ??= whenIdle(start);
  }
  const timer = setInterval(onChange, STEP_MS);
  return () => {
    clearInterval(timer);
    waiting.delete(onChange);
    if (waiting.size === 0 && cancelIdle) {
      cancelIdle();
      cancelIdle = null;
    }
  };
};
const nowStep = () => (started ? Math.floor(Date.now() / STEP_MS) : null);
const serverStep = () => null;

/**
 * The time in steps of 15 s, stable between renders; null while the server renders, and in
 * the browser until the page has first been idle (then "how long ago" replaces the time).
 */
function useTimeStep(): number | null {
  return useSyncExternalStore(subscribe, nowStep, serverStep);
}

/**
 * A time the server wrote (`initial`), said as "3 hours ago" once the page has been idle, and
 * kept current; never "in 2 minutes" for a time this browser's clock has not reached yet.
 */
export function TimeAgo({ at, initial }: { at: string; initial: string }) {
  const locale = useLocale();
  const step = useTimeStep();
  if (step === null) return <time dateTime={at}>{initial}</time>;
  const now = Math.max(step * STEP_MS, new Date(at).getTime() + 1000);
  return <time dateTime={at}>{ago(at, now, locale)}</time>;
}
