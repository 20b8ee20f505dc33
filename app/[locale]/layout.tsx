import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DataSourceBanner } from '@/components/layout/data-source-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { AfterHydration } from '@/components/layout/after-hydration';
import { DeferredCompareTray } from '@/components/layout/deferred';
import { getDataSource, getDisplayRates } from '@/lib/catalog';
import { DisplayProvider } from '@/components/layout/display-context';
import { RouteFocus } from '@/components/layout/route-focus';
import { NavigationProgress } from '@/components/layout/navigation-progress';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { clientMessages, LAYOUT_NAMESPACES } from '@/i18n/client-messages';
import { LanguageHint } from '@/components/layout/language-hint';
import { isLocale, type Locale, LOCALES } from '@/lib/domain/locales';
import { siteUrl } from '@/lib/catalog/config';
import { localeFromParams } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/metadata';
import '../globals.css';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('title'), template: '%s · pifa' },
    description: t('description'),
    alternates: localeAlternates(locale, '/'),
    openGraph: { siteName: 'pifa', type: 'website', locale },
    twitter: { card: 'summary_large_image' },
  };
}

export const viewport: Viewport = { themeColor: '#c2410c' };

/**
 * Pages stream behind their loading skeletons; the streamed content arrives in hidden
 * elements that a script moves into place. Without JavaScript that script never runs, so
 * these rules show the content (in the page's place) and hide the skeleton instead. They sit
 * in the first cascade layer because an important rule there outranks Tailwind's important
 * `[hidden] { display: none }` in its later base layer; the margin and padding are important
 * too, or the base layer's reset of them would win.
 */
const NO_SCRIPT_STREAMING_CSS = `<style>
@layer theme {
  body > main:has(> template[id^="B:"]) { display: none !important; }
  template[id^="B:"] + * { display: none !important; }
  body > div[hidden][id^="S:"] { display: block !important; order: 2; width: 100%; max-width: 80rem; margin: 0 auto !important; padding: 1.5rem 1rem !important; flex: 1 1 auto; }
  body > footer { order: 3; }
}
</style>`;

/** Rendered on first request and cached with each page; nothing is rendered at build time. */
export function generateStaticParams(): { locale: string }[] {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  // Paths with a dot skip proxy.ts (they are files): anything else than a language is a 404.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  const { source } = getDataSource();
  return (
    <html lang={locale}>
      <head>
        {/* No first paint before the header is whole (its last element, #header-end, is
            parsed): painted half-parsed, its search box (first in reading order, shown after
            the links on a phone) would move down. */}
        <link rel="expect" href="#header-end" blocking="render" />
      </head>
      <body className="flex min-h-screen flex-col">
        <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_STREAMING_CSS }} />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skip')}
        </a>
        <NextIntlClientProvider messages={clientMessages(await getMessages(), LAYOUT_NAMESPACES)}>
          {/* Shown only on pages with a results list (globals.css). */}
          <a
            href="#results"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('skipResults')}
          </a>
          <AfterHydration>
            <RouteFocus />
            <NavigationProgress />
          </AfterHydration>
          <DisplayProvider rates={getDisplayRates()}>
            <LanguageHint offers={await languageOffers(locale)} />
            <SiteHeader />
            <DataSourceBanner source={source} />
            <main id="main" className="mx-auto min-h-screen w-full max-w-7xl flex-1 px-4 py-6">
              {children}
            </main>
            <SiteFooter />
            <DeferredCompareTray />
          </DisplayProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

/** The hint offering each other language, in that language (the browser picks one, if any). */
async function languageOffers(current: Locale) {
  const offers: { locale: Locale; text: string; action: string; dismiss: string }[] = [];
  for (const locale of LOCALES) {
    if (locale === current) continue;
    const t = await getTranslations({ locale, namespace: 'LanguageHint' });
    offers.push({ locale, text: t('text'), action: t('action'), dismiss: t('dismiss') });
  }
  return offers;
}
