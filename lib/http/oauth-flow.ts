/**
 * The 1688 authorization flow in route handlers: a random `state` bound to the browser by an
 * httpOnly SameSite cookie, the redirect to 1688's authorize page, and the callback that
 * checks `state` before exchanging the single-use code.
 */
import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { getLiveContext } from '@/lib/catalog';
import { readConfig } from '@/lib/catalog/config';
import { AppError, invalidRequest } from '@/lib/domain/errors';
import { authorizeUrl } from '@/lib/gateway/oauth';
import { invalidateProbes } from '@/lib/status';
import { readCookie } from './cookies';

export const STATE_COOKIE = 'pifa_oauth_state';
const COOKIE_PATH = '/api/auth/1688';

export function redirectUri(): string {
  return `${readConfig().NEXT_PUBLIC_SITE_URL.replace(/\/+$/, '')}/api/auth/1688/callback`;
}

function liveOrFail() {
  const live = getLiveContext();
  if (!live) {
    throw new AppError('not_configured', 'Connecting a 1688 account needs the live gateway.', {
      hint: 'Set ALIBABA_APP_KEY and ALIBABA_APP_SECRET in .env.local and restart the server first.',
    });
  }
  return live;
}

function stateCookie(value: string, maxAge: number): string {
  const secure = readConfig().NEXT_PUBLIC_SITE_URL.startsWith('https:') ? '; Secure' : '';
  return `${STATE_COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

export function startLogin(): Response {
  liveOrFail();
  const config = readConfig();
  const state = randomBytes(24).toString('base64url');
  const location = authorizeUrl(
    config.ALIBABA_AUTHORIZE_URL,
    config.ALIBABA_APP_KEY ?? '',
    redirectUri(),
    state,
  );
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', stateCookie(state, 600));
  return new Response(null, { status: 302, headers });
}

export async function finishLogin(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const state = url.searchParams.get('state') ?? '';
  const expected = readCookie(request.headers, STATE_COOKIE) ?? '';
  const clear = stateCookie('', 0);
  const matches =
    state.length > 0 &&
    state.length === expected.length &&
    timingSafeEqual(Buffer.from(state), Buffer.from(expected));
  if (!matches) {
    const error = invalidRequest(
      'state',
      'state is missing or does not match this browser’s sign-in: start again from /api-status.',
    );
    return Response.json(
      { error: { code: error.code, message: error.message } },
      { status: 400, headers: { 'Set-Cookie': clear } },
    );
  }
  const code = url.searchParams.get('code');
  if (!code) {
    const reason = url.searchParams.get('error') ? 'denied' : 'no_code';
    return new Response(null, {
      status: 303,
      headers: { Location: `/api-status?auth_error=${reason}`, 'Set-Cookie': clear },
    });
  }
  const live = liveOrFail();
  try {
    const tokens = await live.oauth.exchangeCode(code, redirectUri());
    await live.tokens.connect(tokens);
    invalidateProbes();
    return new Response(null, {
      status: 303,
      headers: { Location: '/api-status?connected=1', 'Set-Cookie': clear },
    });
  } catch {
    return new Response(null, {
      status: 303,
      headers: { Location: '/api-status?auth_error=exchange_failed', 'Set-Cookie': clear },
    });
  }
}

export async function disconnect(): Promise<{ disconnected: true }> {
  await liveOrFail().tokens.disconnect();
  invalidateProbes();
  return { disconnected: true };
}
