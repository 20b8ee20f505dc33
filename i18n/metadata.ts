/**
 * Canonical URL and hreflang alternates of a page in every language, for generateMetadata:
 * search engines show each shopper the page in their own language.
 */
import type { Metadata } from 'next';
import { alternatePaths, type Locale, localizePath } from '@/lib/domain/locales';

export function localeAlternates(
  locale: Locale,
  path: string,
): NonNullable<Metadata['alternates']> {
  return { canonical: localizePath(locale, path), languages: alternatePaths(path) };
}
