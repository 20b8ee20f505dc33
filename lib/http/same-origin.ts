/**
 * Refusing actions that another site starts. A browser says where a request comes from in
 * `Sec-Fetch-Site` (and `Origin`); a page on another site, even on the same machine or domain,
 * cannot change either. Requests without them are not from a browser page, and still need the
 * operator's credential where one is asked for.
 */
import { AppError } from '@/lib/domain/errors';

export function crossSite(request: Request, siteUrl: string): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null') return true;
  const allowed = new Set<string>();
  try {
    allowed.add(new URL(siteUrl).origin);
  } catch {
    // An invalid NEXT_PUBLIC_SITE_URL leaves the request's own host as the only origin.
  }
  const host = request.headers.get('host');
  if (host) {
    const proto = request.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
    allowed.add(`${proto}://${host}`);
  }
  return !allowed.has(origin);
}

export function assertSameOrigin(request: Request, siteUrl: string): void {
  if (crossSite(request, siteUrl)) {
    throw new AppError('forbidden', 'This action must come from a pifa page, not another site.', {
      hint: 'Open pifa itself and use its buttons.',
    });
  }
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A redirect target after a form: a path on this site, parsed as a browser would read it, or
 * `/`. Tabs, newlines, backslashes and `//host` tricks all end up at home, never elsewhere.
 */
export function sameOriginPath(value: unknown, siteUrl: string): string {
  if (typeof value !== 'string' || value === '' || value.length > 2048 || CONTROL.test(value)) {
    return '/';
  }
  let base: URL;
  try {
    base = new URL(siteUrl);
  } catch {
    base = new URL('http://localhost');
  }
  try {
    const url = new URL(value, base);
    if (url.origin !== base.origin || !value.startsWith('/') || value.startsWith('//')) return '/';
    if (value.startsWith('/\\')) return '/';
    // "/.//evil.example" resolves to the path "//evil.example": another host to a browser.
    if (url.pathname.startsWith('//')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** Where a form was, when it did not say (forms without JavaScript): its Referer's path. */
export function refererPath(referer: string | null): string {
  try {
    const url = new URL(referer ?? '/', 'http://localhost');
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}
