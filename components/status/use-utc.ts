/** A moment of the report as the operator reads it: in UTC, in the page's language. */
import { useFormatter, useTranslations } from 'next-intl';

export function useUtc(): (iso: string | undefined) => string {
  const t = useTranslations('Status');
  const format = useFormatter();
  return (iso) =>
    iso
      ? t('utc', {
          when: format.dateTime(new Date(iso), {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: 'UTC',
          }),
        })
      : '–';
}
