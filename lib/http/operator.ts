/**
 * Who the operator is: whoever holds ADMIN_TOKEN. They sign in once on /api-status (the cookie
 * then holds a signed, expiring session, never the token) or send `Authorization: Bearer …`.
 * Where a request seems to come from (loopback, a header) proves nothing. Without ADMIN_TOKEN
 * the server makes a random one at start and prints a sign-in link in its log.
 */
import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readConfig } from '@/lib/catalog/config';
import { AppError } from '@/lib/domain/errors';
import { readCookie } from './cookies';

export const ADMIN_COOKIE = 'pifa_admin';
export const SESSION_TTL_S = 12 * 3600;

// On globalThis: every server bundle in this process must see the same generated token.
const GENERATED = Symbol.for('pifa.generatedAdminToken');

/** ADMIN_TOKEN, or the one this process generated because none is configured. */
export function adminToken(): { token: string; generated: boolean } {
  const configured = readConfig().ADMIN_TOKEN;
  if (configured) return { token: configured, generated: false };
  const g = globalThis as typeof globalThis & { [GENERATED]?: string };
  g[GENERATED] ??= randomBytes(24).toString('base64url');
  return { token: g[GENERATED], generated: true };
}

/** Constant-time comparison of two secrets of any length and any characters. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Sessions are signed with a key derived from the token: a new token ends every session. */
function sign(payload: string): Buffer {
  const key = createHmac('sha256', adminToken().token).update('pifa operator session v1').digest();
  return createHmac('sha256', key).update(payload).digest();
}

export function createSession(now = Date.now()): string {
  const payload = `v1.${Math.floor(now / 1000) + SESSION_TTL_S}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign(payload).toString('base64url')}`;
}

const SESSION = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{43})$/;

export function verifySession(value: string | undefined, now = Date.now()): boolean {
  const m = value && value.length <= 128 ? SESSION.exec(value) : null;
  if (!m) return false;
  if (Number(m[1]) * 1000 <= now) return false;
  const given = Buffer.from(m[3]!, 'base64url');
  const expected = sign(`v1.${m[1]}.${m[2]}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function isOperator(headers: Headers): boolean {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const bearer = /^Bearer\s+(\S{1,512})$/i.exec(authorization)?.[1];
    return bearer !== undefined && sameSecret(bearer, adminToken().token);
  }
  return verifySession(readCookie(headers, ADMIN_COOKIE));
}

function secure(): string {
  return readConfig().NEXT_PUBLIC_SITE_URL.startsWith('https:') ? '; Secure' : '';
}

export function sessionCookie(): string {
  return `${ADMIN_COOKIE}=${createSession()}; Path=/; Max-Age=${SESSION_TTL_S}; HttpOnly; SameSite=Strict${secure()}`;
}

export function clearedSessionCookie(): string {
  return `${ADMIN_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure()}`;
}

/** The link printed at start when the token was generated: its fragment never reaches a server log. */
export function signInLink(env: NodeJS.ProcessEnv = process.env): string {
  const site = readConfig(env).NEXT_PUBLIC_SITE_URL.replace(/\/+$/, '');
  return `${site}/api-status#admin-token=${adminToken().token}`;
}

export function forbidden(): AppError {
  return new AppError('forbidden', 'Only the operator may do this: sign in with ADMIN_TOKEN.', {
    hint: 'Sign in as operator on /api-status with ADMIN_TOKEN, or send it as `Authorization: Bearer …`.',
  });
}
