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
