/**
 * `_aop_signature` of the 1688 Open Platform, as small pure steps: the text to sign is the URL
 * path after `/openapi/` followed by every sent parameter's `key + value`, those strings sorted
 * as whole strings (not by key), joined with nothing; the signature is the uppercase hex
 * HMAC-SHA1 of that text keyed with the app secret.
 */
import { createHmac } from 'node:crypto';

export type SignedParams = Record<string, string>;

/** `param2/1/{namespace}/{api}/{appKey}`: the part of the URL after `/openapi/`. */
export function urlPathFor(namespace: string, api: string, appKey: string): string {
  return `param2/1/${namespace}/${api}/${appKey}`;
}

export function stringToSign(urlPath: string, params: SignedParams): string {
  const pieces = Object.entries(params)
    .filter(([key]) => key !== '_aop_signature')
    .map(([key, value]) => key + value)
    .sort();
  return urlPath + pieces.join('');
}

export function hmacSha1Hex(secret: string, message: string): string {
  return createHmac('sha1', Buffer.from(secret, 'utf8'))
    .update(Buffer.from(message, 'utf8'))
    .digest('hex')
    .toUpperCase();
}

export function sign(secret: string, urlPath: string, params: SignedParams): string {
  return hmacSha1Hex(secret, stringToSign(urlPath, params));
}

/**
 * Business parameters as the form fields that are sent (and signed): objects become their
 * JSON text once, numbers and booleans their decimal text; empty values are left out.
 */
export function toFormFields(params: Record<string, unknown>): SignedParams {
  const out: SignedParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}
