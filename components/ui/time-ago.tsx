'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

type Translate = ReturnType<typeof useTranslations<'TimeAgo'>>;

/**
 * "3 hours ago" in the page's language, from its messages, in the words Intl.RelativeTimeFormat
 * would use (tests/components/time-ago.test.tsx). The server writes every number of a page, so
 * a NumberFormat or RelativeTimeFormat built here would be the page's first, and the first one
 * loads the locale's data: some 15 ms in one task on a desktop, four times that on a phone. So
 * the messages choose the words by plural rules alone (an Intl.PluralRules, under a
 * millisecond) and take the number written out; only past a thousand, where languages group
 * digits, does a NumberFormat write it. The unit is chosen after rounding: 59 min 40 s is
 * "1 hour ago", not "60 minutes ago".
 */
export function ago(t: Translate, locale: string, fetchedAt: string, now = Date.now()): string {
  const seconds = Math.round((now - new Date(fetchedAt).getTime()) / 1000);
  const say = (key: 'seconds' | 'minutes' | 'hours' | 'days', count: number) =>
    t(key, {
      count,
      n: count < 1000 ? String(count) : new Intl.NumberFormat(locale).format(count),
    });
  if (seconds < 60) return say('seconds', Math.max(1, seconds));
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return say('minutes', minutes);
  const hours = Math.round(seconds / 3600);
  if (hours < 24) return say('hours', hours);
  return say('days', Math.round(seconds / 86_400));
}

const STEP_MS = 15_000;

/**
 * Set once the page has been idle after it loaded: until then every page reads the time as the
 * server rendered it: saying "3 hours ago" while the page hydrates would render its part again,
 * and hold up the page becoming interactive.
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
  const t = useTranslations('TimeAgo');
  const locale = useLocale();
  const step = useTimeStep();
  if (step === null) return <time dateTime={at}>{initial}</time>;
  const now = Math.max(step * STEP_MS, new Date(at).getTime() + 1000);
  return <time dateTime={at}>{ago(t, locale, at, now)}</time>;
}
