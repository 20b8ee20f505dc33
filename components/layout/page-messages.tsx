import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/domain/locales';
import { clientMessages, type MessagesPage, PAGE_NAMESPACES } from '@/i18n/client-messages';

/**
 * The texts the client components of one page translate with, sent with that page only
 * (i18n/client-messages.ts); the layout sends its own. The page's language comes from its
 * [locale] segment: the page may render before the layout has set the request's language.
 */
export async function PageMessages({
  page,
  locale,
  children,
}: {
  page: MessagesPage;
  locale: Locale;
  children: ReactNode;
}) {
  const messages = clientMessages(await getMessages({ locale }), PAGE_NAMESPACES[page]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
