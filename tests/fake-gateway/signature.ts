/**
 * The fake gateway's own signature check, written from the protocol description (and kept
 * apart from lib/gateway on purpose: a shared bug would pass both sides).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function expectedSignature(
  secret: string,
  urlPath: string,
  fields: URLSearchParams,
): string {
  const pairs: string[] = [];
  fields.forEach((value, key) => {
    if (key !== '_aop_signature') pairs.push(`${key}${value}`);
  });
  pairs.sort();
  const message = urlPath + pairs.join('');
  return createHmac('sha1', secret).update(message, 'utf8').digest('hex').toUpperCase();
}

export function signatureMatches(
  secret: string,
  urlPath: string,
  fields: URLSearchParams,
): boolean {
  const given = Buffer.from(fields.get('_aop_signature') ?? '');
  const wanted = Buffer.from(expectedSignature(secret, urlPath, fields));
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
