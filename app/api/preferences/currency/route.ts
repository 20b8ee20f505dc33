import { readConfig } from '@/lib/catalog/config';
import { CURRENCIES, CURRENCY_COOKIE, isCurrency } from '@/lib/domain/currency';
import { invalidRequest } from '@/lib/domain/errors';
import { pageAction } from '@/lib/http/actions';
import { field, readForm } from '@/lib/http/body';
import { methods } from '@/lib/http/route';
import { refererPath, sameOriginPath } from '@/lib/http/same-origin';

/**
 * The currency picker posts here (a plain form, so it works without JavaScript), then the
 * browser goes back to the page it came from: a path on this site only.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    pageAction(request, async () => {
      const form = await readForm(request);
      const currency = field(form, 'currency');
      if (!isCurrency(currency)) {
        throw invalidRequest('currency', `currency must be one of ${CURRENCIES.join(', ')}`);
      }
      const site = readConfig().NEXT_PUBLIC_SITE_URL;
      const back = field(form, 'back') || refererPath(request.headers.get('referer'));
      const headers = new Headers({
        Location: sameOriginPath(back, site),
        'Cache-Control': 'no-store',
      });
      headers.append(
        'Set-Cookie',
        `${CURRENCY_COOKIE}=${currency}; Path=/; Max-Age=31536000; SameSite=Lax`,
      );
      return new Response(null, { status: 303, headers });
    }),
});
