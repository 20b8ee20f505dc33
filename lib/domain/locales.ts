/**
 * The languages of the interface. English is the default and has no prefix in URLs; every
 * other language lives under its own prefix (`/ru/…`), so that each language's page has a URL
 * of its own that an HTTP cache can keep.
 */
export const LOCALES = ['en', 'ru', 'es', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The shopper's chosen language (the name next-intl and most tools use). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** Each language by its own name, as a picker shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  es: 'Español',
  zh: '中文',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language a value names, or the default one. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** "/ru/products" → { locale: "ru", path: "/products" }; an unprefixed path has no locale. */
export function splitLocale(pathname: string): { locale: Locale | null; path: string } {
  const [, first = '', ...rest] = pathname.split('/');
  if (!isLocale(first)) return { locale: null, path: pathname || '/' };
  return { locale: first, path: `/${rest.join('/')}` };
}

/** The path of a page in a language: "/products" in Russian is "/ru/products". */
export function localizePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  if (clean === '/') return `/${locale}`;
  return clean.startsWith('/?') ? `/${locale}${clean.slice(1)}` : `/${locale}${clean}`;
}

/**
 * A page's path in every language, keyed by its hreflang, with `x-default` (the unprefixed,
 * English path) for shoppers whose language is none of ours. Page metadata and the sitemap
 * both name alternates from this, so the two always agree.
 */
export function alternatePaths(path: string): Record<Locale | 'x-default', string> {
  const paths = {} as Record<Locale | 'x-default', string>;
  for (const locale of LOCALES) paths[locale] = localizePath(locale, path);
  paths['x-default'] = localizePath(DEFAULT_LOCALE, path);
  return paths;
}

/**
 * The best of our languages for a list of preferred ones, as in Accept-Language
 * ("ru-RU,ru;q=0.9,en;q=0.8") or navigator.languages; null when none of them is ours.
 */
export function negotiateLocale(preferred: string | readonly string[] | null): Locale | null {
  const entries =
    typeof preferred === 'string'
      ? preferred.split(',').map((part, index) => {
          const [tag = '', ...params] = part.trim().split(';');
          const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
          const weight = q ? Number(q.slice(2)) : 1;
          return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
        })
      : (preferred ?? []).map((tag, index) => ({ tag, weight: 1, index }));
  const ranked = entries
    .filter((e) => e.tag && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return null;
}

/**
 * The language 1688's cross-border API is asked to answer in (its `country` parameter) for each
 * interface language. Chinese readers get English titles with the Chinese originals beside
 * them, as every offer carries its original.
 */
export const UPSTREAM_LANGUAGE: Record<Locale, string> = { en: 'en', ru: 'ru', es: 'es', zh: 'en' };
