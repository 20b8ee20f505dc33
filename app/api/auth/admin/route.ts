import { adminToken, forbidden, sameSecret, sessionCookie } from '@/lib/http/operator';
import { errorResponse } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Operator sign-in: a form (or fetch) with ADMIN_TOKEN sets a signed session cookie. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const token = form?.get('token');
  if (typeof token !== 'string' || !sameSecret(token, adminToken().token))
    return errorResponse(forbidden());
  return new Response(null, {
    status: 303,
    headers: {
      Location: '/api-status',
      'Set-Cookie': sessionCookie(),
      'Cache-Control': 'no-store',
    },
  });
}
