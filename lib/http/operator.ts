/**
 * Who may connect or disconnect the 1688 account and force probes: requests from this machine
 * (the peer address the server saw, recorded by lib/next/server-hooks.ts in a header that a client
 * cannot set), or requests carrying ADMIN_TOKEN as a bearer token, an `x-admin-token` header
 * or the `pifa_admin` cookie.
 */
import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { CatalogError } from '@/lib/catalog/errors';
import { readCookie } from './cookies';

export { PEER as PEER_HEADER } from './peer';
import { PEER as PEER_HEADER } from './peer';
export const ADMIN_COOKIE = 'pifa_admin';

export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isOperator(headers: Headers, adminToken: string | undefined): boolean {
  if (isLoopback(headers.get(PEER_HEADER))) return true;
  if (!adminToken) return false;
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  const given = bearer ?? headers.get('x-admin-token') ?? readCookie(headers, ADMIN_COOKIE);
  return given !== undefined && sameSecret(given, adminToken);
}

export function forbidden(): CatalogError {
  const error = new CatalogError(
    'forbidden',
    'Only the operator may do this: from this machine, or with the ADMIN_TOKEN.',
    {
      hint: 'Open the site on the server itself (localhost), or sign in as operator on /api-status with ADMIN_TOKEN.',
    },
  );
  return error;
}
