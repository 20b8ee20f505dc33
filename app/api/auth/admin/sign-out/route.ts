import { pageAction } from '@/lib/http/actions';
import { clearedSessionCookie } from '@/lib/http/operator';
import { methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Operator sign-out: the session cookie is cleared. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: (request) =>
    pageAction(
      request,
      async () =>
        new Response(null, {
          status: 303,
          headers: {
            Location: '/api-status',
            'Set-Cookie': clearedSessionCookie(),
            'Cache-Control': 'no-store',
          },
        }),
    ),
});
