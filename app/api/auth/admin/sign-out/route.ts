import { clearedSessionCookie } from '@/lib/http/operator';

export const dynamic = 'force-dynamic';

/** Operator sign-out: the session cookie is cleared. */
export async function POST() {
  return new Response(null, {
    status: 303,
    headers: {
      Location: '/api-status',
      'Set-Cookie': clearedSessionCookie(),
      'Cache-Control': 'no-store',
    },
  });
}
