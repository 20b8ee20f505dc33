import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientMessages, type MessagesPage, PAGE_NAMESPACES } from '@/i18n/client-messages';
import { localeFromParams } from '@/i18n/locale-param';

type PageProps = { params: Promise<{ locale: string }> };

/**
 * A page that sends, with itself only, the texts its client components translate with
 * (PAGE_NAMESPACES[page] in i18n/client-messages.ts); the layout sends its own. The language
 * comes from the page's [locale] segment: the page may render before the layout has set the
 * request's language.
 *
 *   export default withPageMessages('search', SearchPage);
 */
export function withPageMessages<P extends PageProps>(
  page: MessagesPage,
  Page: (props: P) => Promise<ReactNode>,
) {
  return async function PageWithMessages(props: P) {
    const locale = await localeFromParams(props.params);
    const messages = clientMessages(await getMessages({ locale }), PAGE_NAMESPACES[page]);
    return (
      <NextIntlClientProvider locale={locale} messages={messages}>
        <Page {...props} />
      </NextIntlClientProvider>
    );
  };
}
