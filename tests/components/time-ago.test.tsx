/**
 * "How long ago" comes from each language's messages, in the words Intl.RelativeTimeFormat
 * would use, with the number written out rather than formatted by Intl (a page's first Intl
 * formatter loads the locale's data in one long task).
 */
import { act, screen } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ago, TimeAgo } from '@/components/ui/time-ago';
import { LOCALES } from '@/lib/domain/locales';
import { MESSAGES, renderIn } from '../setup/intl';

const AT = '2026-12-01T08:00:00.000Z';
const UNITS = [
  ['second', 1, [1, 2, 3, 4, 5, 11, 21, 22, 25, 59]],
  ['minute', 60, [1, 2, 3, 4, 5, 11, 21, 22, 25, 59]],
  ['hour', 3600, [1, 2, 3, 4, 5, 11, 21, 22, 23]],
  ['day', 86_400, [1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 999, 1001, 12_345]],
] as const;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('how long ago', () => {
  it.each(LOCALES)('says what Intl.RelativeTimeFormat says, in %s', (locale) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'TimeAgo' });
    const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (const [unit, seconds, counts] of UNITS)
      for (const n of counts) {
        const now = new Date(AT).getTime() + n * seconds * 1000;
        expect(ago(t as never, locale, AT, now), `${n} ${unit}`).toBe(intl.format(-n, unit));
      }
  });

  it.each(LOCALES)('formats no number with Intl under a thousand, in %s', (locale) => {
    // In the browser, `#` or `{count, number}` would build the page's first NumberFormat.
    for (const [key, message] of Object.entries(MESSAGES[locale].TimeAgo))
      expect(message, key).not.toMatch(/#|,\s*number/);
  });

  it("switches from the server's time to how long ago once the page is idle", () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      now: new Date('2026-12-01T10:00:00.000Z'),
    });
    renderIn(<TimeAgo at={AT} initial="08:00 UTC" />, { locale: 'es' });
    expect(screen.getByText('08:00 UTC')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(250));
    expect(screen.getByText('hace 2 horas')).toBeInTheDocument();
  });
});
