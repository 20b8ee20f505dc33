/**
 * A page's [locale] segment, set as the request's language (next-intl's setRequestLocale) so
 * that the page renders statically and is cached per URL. Layout and pages render apart, so
 * each of them calls this.
 */
import { setRequestLocale } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/domain/locales';

export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  const valid = isLocale(locale) ? locale : DEFAULT_LOCALE;
  setRequestLocale(valid);
  return valid;
}
