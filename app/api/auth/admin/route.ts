import { readConfig } from '@/lib/catalog/config';
import { ADMIN_COOKIE, forbidden, sameSecret } from '@/lib/http/operator';
import { errorResponse } from '@/lib/http/route';

/** Operator sign-in from another machine: a form with ADMIN_TOKEN sets an httpOnly cookie. */
export async function POST(request: Request) {
  const { ADMIN_TOKEN, NEXT_PUBLIC_SITE_URL } = readConfig();
  const form = await request.formData().catch(() => null);
  const token = form?.get('token');
  if (!ADMIN_TOKEN || typeof token !== 'string' || !sameSecret(token, ADMIN_TOKEN))
    return errorResponse(forbidden());
  const secure = NEXT_PUBLIC_SITE_URL.startsWith('https:') ? '; Secure' : '';
  return new Response(null, {
    status: 303,
    headers: {
      Location: '/api-status',
      'Set-Cookie': `${ADMIN_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=86400; HttpOnly; SameSite=Strict${secure}`,
    },
  });
}
