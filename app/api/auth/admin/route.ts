import { backToStatus, pageAction, wantsJson } from '@/lib/http/actions';
import { field, readForm } from '@/lib/http/body';
import { adminToken, forbidden, sameSecret, sessionCookie } from '@/lib/http/operator';
import { methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/**
 * Operator sign-in: a form (or fetch) with ADMIN_TOKEN sets a signed session cookie. Attempts
 * are limited per client in proxy.ts; the comparison takes the same time whatever is sent.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    pageAction(request, async () => {
      const token = field(await readForm(request), 'token');
      if (token === undefined || !sameSecret(token, adminToken().token)) {
        // A form (no JavaScript) goes back to the page, which says the token was wrong.
        if (!wantsJson(request)) return backToStatus('?sign_in=failed');
        throw forbidden();
      }
      return new Response(null, {
        status: 303,
        headers: {
          Location: '/api-status',
          'Set-Cookie': sessionCookie(),
          'Cache-Control': 'no-store',
        },
      });
    }),
});
