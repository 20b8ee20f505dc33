import { readConfig } from '@/lib/catalog/config';
import { invalidRequest } from '@/lib/domain/errors';
import { isLocale, LOCALE_COOKIE, LOCALES, localizePath, splitLocale } from '@/lib/domain/locales';
import { pageAction } from '@/lib/http/actions';
import { field, readForm } from '@/lib/http/body';
import { methods } from '@/lib/http/route';
import { refererPath, sameOriginPath } from '@/lib/http/same-origin';

/**
 * The language picker posts here (a plain form, so it works without JavaScript): the choice
 * is kept in a cookie and the browser goes to the page it came from, in that language.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    pageAction(request, async () => {
      const form = await readForm(request);
      const locale = field(form, 'locale');
      if (!isLocale(locale)) {
        throw invalidRequest('locale', `locale must be one of ${LOCALES.join(', ')}`);
      }
      const site = readConfig().NEXT_PUBLIC_SITE_URL;
      const back = field(form, 'back') || refererPath(request.headers.get('referer'));
      const url = new URL(sameOriginPath(back, site), 'http://localhost');
      const { path } = splitLocale(url.pathname);
      const headers = new Headers({
        Location: sameOriginPath(`${localizePath(locale, path)}${url.search}`, site),
        'Cache-Control': 'no-store',
      });
      headers.append(
        'Set-Cookie',
        `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`,
      );
      return new Response(null, { status: 303, headers });
    }),
});
