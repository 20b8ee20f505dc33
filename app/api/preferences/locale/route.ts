import { LOCALE_COOKIE, LOCALES, localizePath, splitLocale } from '@/lib/domain/locales';
import { preferenceRedirect } from '@/lib/http/actions';
import { methods } from '@/lib/http/route';

/**
 * The language picker posts here (a plain form, so it works without JavaScript): the choice
 * is kept in a cookie and the browser goes to the page it came from, in that language.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    preferenceRedirect(request, {
      name: 'locale',
      choices: LOCALES,
      cookie: LOCALE_COOKIE,
      to: (locale, back) => {
        const url = new URL(back, 'http://localhost');
        return `${localizePath(locale, splitLocale(url.pathname).path)}${url.search}`;
      },
    }),
});
