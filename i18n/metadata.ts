/**
 * Canonical URL and hreflang alternates of a page in every language, for generateMetadata:
 * search engines show each shopper the page in their own language.
 */
import type { Metadata } from 'next';
import { DEFAULT_LOCALE, LOCALES, type Locale, localizePath } from '@/lib/domain/locales';

export function localeAlternates(
  locale: Locale,
  path: string,
): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = localizePath(l, path);
  languages['x-default'] = localizePath(DEFAULT_LOCALE, path);
  return { canonical: localizePath(locale, path), languages };
}
