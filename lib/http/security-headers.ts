/**
 * The security headers of every response, defined once. next.config.ts sends the fixed ones
 * on everything (static files included); proxy.ts adds the Content-Security-Policy, which
 * depends on the running configuration (live mode shows 1688's images), and HSTS on https.
 *
 * Cached pages are the same bytes for every visitor, so their scripts cannot carry a
 * per-request nonce: their policy allows the inline scripts Next.js writes ('unsafe-inline',
 * never 'unsafe-eval') and nothing from another origin. Pages rendered per request (/api-status)
 * get a nonce instead, and no inline script runs there without it.
 */

export const FIXED_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
};

export type PolicyContext = {
  kind: 'page' | 'api';
  https: boolean;
  /** Origins pictures may come from besides this site (1688's image hosts in live mode). */
  imageOrigins: string[];
  nonce?: string;
  /** Where this page's forms may lead besides this site (1688's authorize page). */
  formOrigins?: string[];
};

export function contentSecurityPolicy({
  kind,
  https,
  imageOrigins,
  nonce,
  formOrigins = [],
}: PolicyContext): string {
  if (kind === 'api') return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self' 'unsafe-inline'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${imageOrigins.join(' ')}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${formOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(context: PolicyContext): Record<string, string> {
  return {
    ...FIXED_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(context),
    ...(context.https
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

/** The origin of a configured URL, or nothing when it is not a URL. */
export function originOf(url: string): string[] {
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/** Where live pictures come from: 1688's CDN, and the configured gateway's own host. */
export function liveImageOrigins(apiUrl: string): string[] {
  const origins = ['https://*.alicdn.com'];
  try {
    const { origin } = new URL(apiUrl);
    if (!origins.includes(origin)) origins.push(origin);
  } catch {
    // An invalid ALIBABA_API_URL is reported on /api-status; pictures then come from the CDN only.
  }
  return origins;
}
