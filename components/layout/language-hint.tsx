'use client';

/**
 * On a first visit (no language chosen yet), offers the page in the browser's preferred
 * language when it is one of ours and not this page's. A hint rather than a redirect: every
 * page stays the same for every shopper, so that an HTTP cache can keep it (see the README).
 * It floats at the foot of the screen, so that arriving after the page it moves nothing.
 */
import { useLocale } from 'next-intl';
import { useState } from 'react';
import { noSubscription, useBrowserValue } from '@/components/storage/hydrated';
import { isLocale, LOCALE_COOKIE, type Locale, negotiateLocale } from '@/lib/domain/locales';
import { cookieValue } from '@/lib/http/cookies';
import { LOCALE_ACTION } from './language-picker';
import { rememberPage } from './remember-page';

type Offer = { locale: Locale; text: string; action: string; dismiss: string };

const none = () => null;

function preferred(): Locale | null {
  if (isLocale(cookieValue(document.cookie, LOCALE_COOKIE))) return null;
  return negotiateLocale(navigator.languages ?? [navigator.language]);
}

export function LanguageHint({ offers }: { offers: Offer[] }) {
  const current = useLocale();
  const wanted = useBrowserValue(noSubscription, preferred, none);
  const [dismissed, setDismissed] = useState(false);
  const offer = offers.find((o) => o.locale === wanted && o.locale !== current);
  if (!offer || dismissed) return null;
  const stay = () => {
    document.cookie = `${LOCALE_COOKIE}=${current}; Path=/; Max-Age=31536000; SameSite=Lax`;
    setDismissed(true);
  };
  return (
    <div
      lang={offer.locale}
      role="region"
      aria-label={offer.text}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-sky-200 bg-sky-50 text-sm text-sky-950 shadow-lg print:hidden"
    >
      <form
        method="post"
        action={LOCALE_ACTION}
        className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2"
        onSubmit={(e) => rememberPage(e.currentTarget)}
      >
        <span>{offer.text}</span>
        <input type="hidden" name="locale" value={offer.locale} />
        <input type="hidden" name="back" value="" />
        <button type="submit" className="rounded-md bg-sky-700 px-3 py-1 font-medium text-white">
          {offer.action}
        </button>
        <button type="button" onClick={stay} className="underline underline-offset-2">
          {offer.dismiss}
        </button>
      </form>
    </div>
  );
}
