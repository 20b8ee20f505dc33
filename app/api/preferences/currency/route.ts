import { CURRENCIES, CURRENCY_COOKIE } from '@/lib/domain/currency';
import { preferenceRedirect } from '@/lib/http/actions';
import { methods } from '@/lib/http/route';

/**
 * The currency picker posts here (a plain form, so it works without JavaScript), then the
 * browser goes back to the page it came from: a path on this site only.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    preferenceRedirect(request, { name: 'currency', choices: CURRENCIES, cookie: CURRENCY_COOKIE }),
});
