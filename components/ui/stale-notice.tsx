import { useLocale, useTranslations } from 'next-intl';
import { TimeAgo } from './time-ago';

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

/**
 * Says when cached data is shown in place of fresh data, and how old it is. The page may be
 * cached, so the server writes the time itself and the browser says how long ago that was.
 */
export function StaleNotice({ result }: { result: { stale: boolean; fetchedAt: string } }) {
  const t = useTranslations('Stale');
  const locale = useLocale();
  if (!result.stale) return null;
  return (
    <p
      role="status"
      className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="stale-notice"
    >
      {t.rich('text', {
        time: () => (
          <TimeAgo
            at={result.fetchedAt}
            initial={clock(locale).format(new Date(result.fetchedAt))}
          />
        ),
      })}
    </p>
  );
}
