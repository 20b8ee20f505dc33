/**
 * The messages and formats of one request's language. Pages call setRequestLocale with their
 * [locale] segment, so that rendering stays static (cached per URL) rather than reading
 * headers.
 */
import { getRequestConfig } from 'next-intl/server';
import { toLocale } from '@/lib/domain/locales';

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = toLocale(await requestLocale);
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: 'Asia/Shanghai',
  };
});
