/**
 * A page's [locale] segment, set as the request's language (next-intl's setRequestLocale) so
 * that the page renders statically and is cached per URL. Layout and pages render apart, so
 * each of them calls this.
 */
import { setRequestLocale } from 'next-intl/server';
import { type Locale, toLocale } from '@/lib/domain/locales';

export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const valid = toLocale((await params).locale);
  setRequestLocale(valid);
  return valid;
}
