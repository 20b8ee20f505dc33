'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

const clocks = new Map<string, Intl.DateTimeFormat>();
function clock(locale: string): Intl.DateTimeFormat {
  let format = clocks.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    clocks.set(locale, format);
  }
  return format;
}

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
const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, STEP_MS);
  return () => clearInterval(timer);
};
/** The time in steps of 15 s: stable between renders, and null while the server renders. */
const nowStep = () => Math.floor(Date.now() / STEP_MS);
const serverStep = () => null;

/**
 * Says when cached data is shown in place of fresh data, and how old it is. The page may be
 * cached, so the server writes the time itself and the browser says how long ago that was.
 */
export function StaleNotice({ result }: { result: { stale: boolean; fetchedAt: string } }) {
  const t = useTranslations('Stale');
  const locale = useLocale();
  const step = useSyncExternalStore(subscribe, nowStep, serverStep);
  if (!result.stale) return null;
  const when =
    step === null
      ? clock(locale).format(new Date(result.fetchedAt))
      : ago(result.fetchedAt, step * STEP_MS, locale);
  return (
    <p
      role="status"
      className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="stale-notice"
    >
      {t.rich('text', { time: () => <time dateTime={result.fetchedAt}>{when}</time> })}
    </p>
  );
}
