/**
 * next-intl's view of our languages (lib/domain/locales.ts): English without a prefix, the
 * others under theirs. proxy.ts does the routing itself; the cookie is set by
 * /api/preferences/locale, so next-intl's own cookie handling is off.
 */
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/domain/locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeCookie: false,
  localeDetection: false,
});
