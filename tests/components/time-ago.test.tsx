/**
 * "How long ago" comes from each language's messages, in the words Intl.RelativeTimeFormat
 * would use, with the number written out rather than formatted by Intl: a page's first
 * NumberFormat loads the locale's data in one long task. The messages are compiled and
 * formatted here as the build and the browser do (icu-minify, which next-intl uses).
 */
import { act, screen } from '@testing-library/react';
import compile from 'icu-minify/compile';
import format from 'icu-minify/format';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ago, TimeAgo } from '@/components/ui/time-ago';
import { type Locale, LOCALES } from '@/lib/domain/locales';
import { MESSAGES, renderIn } from '../setup/intl';

const AT = '2026-12-01T08:00:00.000Z';
const at = (seconds: number) => new Date(AT).getTime() + seconds * 1000;

/** The translator the browser gets: compiled messages, and formatters that count NumberFormats. */
function browserTranslator(locale: Locale) {
  const numberFormats = vi.fn((...args: ConstructorParameters<typeof Intl.NumberFormat>) => {
    return new Intl.NumberFormat(...args);
  });
  const formatters = {
    getNumberFormat: numberFormats,
    getDateTimeFormat: () => {
      throw new Error('no date in these messages');
    },
    getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
      new Intl.PluralRules(...args),
  };
  const messages = MESSAGES[locale].TimeAgo;
  const t = (key: keyof typeof messages, values: Record<string, string | number>) =>
    String(format(compile(messages[key]), locale, values, { formatters }));
  return { t: t as unknown as Parameters<typeof ago>[0], numberFormats };
}

afterEach(() => vi.useRealTimers());

describe('how long ago', () => {
  it.each(LOCALES)('says what Intl.RelativeTimeFormat says, in %s', (locale) => {
    const { t, numberFormats } = browserTranslator(locale);
    const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const units = [
      ['second', 1, 59],
      ['minute', 60, 59],
      ['hour', 3600, 23],
      ['day', 86_400, 999],
    ] as const;
    for (const [unit, seconds, most] of units)
      for (let n = 1; n <= most; n++)
        expect(ago(t, locale, AT, at(n * seconds)), `${n} ${unit}`).toBe(intl.format(-n, unit));
    // Under a thousand, the browser builds no NumberFormat for it.
    expect(numberFormats).not.toHaveBeenCalled();
    for (const n of [1000, 1001, 12_345])
      expect(ago(t, locale, AT, at(n * 86_400)), `${n} days`).toBe(intl.format(-n, 'day'));
  });

  it('rounds before choosing the unit, and never says a time is to come', () => {
    const { t } = browserTranslator('en');
    expect(ago(t, 'en', AT, at(0))).toBe('1 second ago');
    expect(ago(t, 'en', AT, at(-120))).toBe('1 second ago');
    expect(ago(t, 'en', AT, at(89))).toBe('1 minute ago');
    expect(ago(t, 'en', AT, at(3570))).toBe('1 hour ago');
    expect(ago(t, 'en', AT, at(86_399))).toBe('yesterday');
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
