import { describe, expect, it } from 'vitest';
import { field, readForm } from '@/lib/http/body';
import { chargeClient, resetClientLimits } from '@/lib/http/client-limits';
import { methods } from '@/lib/http/route';
import { crossSite, sameOriginPath } from '@/lib/http/same-origin';
import {
  contentSecurityPolicy,
  liveImageOrigins,
  securityHeaders,
} from '@/lib/http/security-headers';

const SITE = 'https://pifa.example';

describe('cross-site requests', () => {
  const post = (headers: Record<string, string>) =>
    new Request(`${SITE}/api/auth/1688/disconnect`, { method: 'POST', headers });

  it('refuses what a browser says another site started', () => {
    expect(crossSite(post({ 'sec-fetch-site': 'cross-site' }), SITE)).toBe(true);
    // Another port of the same machine is the same *site* but not the same origin.
    expect(crossSite(post({ 'sec-fetch-site': 'same-site' }), SITE)).toBe(true);
    expect(crossSite(post({ origin: 'https://evil.example' }), SITE)).toBe(true);
    expect(crossSite(post({ origin: 'null' }), SITE)).toBe(true);
  });

  it('accepts pifa’s own pages and clients that are not browsers', () => {
    expect(crossSite(post({ 'sec-fetch-site': 'same-origin' }), SITE)).toBe(false);
    expect(crossSite(post({ origin: SITE }), SITE)).toBe(false);
    expect(crossSite(post({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), SITE)).toBe(
      false,
    );
    expect(crossSite(post({}), SITE)).toBe(false);
  });

  it.each([
    ['/products?q=phone', '/products?q=phone'],
    ['/\t/evil.example/x', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    // Dot segments that leave a path starting with "//", which a browser reads as another host.
    ['/.//evil.example/x', '/'],
    ['/a/..//evil.example', '/'],
    ['/%2e//evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/a\r\nSet-Cookie: x', '/'],
    ['/a\u0000b', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
  ])('a redirect back to %j goes to %j', (value, expected) => {
    expect(sameOriginPath(value, SITE)).toBe(expected);
  });
});

describe('security headers', () => {
  it('cached pages allow Next’s inline scripts but never eval or another origin’s scripts', () => {
    const csp = contentSecurityPolicy({ kind: 'page', https: false, imageOrigins: [] });
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('pages rendered per request run only scripts with their nonce', () => {
    const csp = contentSecurityPolicy({
      kind: 'page',
      https: false,
      imageOrigins: [],
      nonce: 'abc',
    });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("'unsafe-inline' ");
  });

  it('live mode allows 1688’s image hosts; https adds HSTS', () => {
    const headers = securityHeaders({
      kind: 'page',
      https: true,
      imageOrigins: liveImageOrigins('https://gw.open.1688.com/openapi'),
    });
    expect(headers['Content-Security-Policy']).toContain('https://*.alicdn.com');
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(securityHeaders({ kind: 'api', https: false, imageOrigins: [] })).not.toHaveProperty(
      'Strict-Transport-Security',
    );
  });
});

describe('per-client limits', () => {
  const settings = { perMinute: { search: 3, product: 5, image: 1, sign_in: 2 } };

  it('charges each distinct search once a minute, and refuses past the limit', async () => {
    resetClientLimits();
    for (const key of ['a', 'b', 'a', 'c', 'b']) {
      expect(await chargeClient('1.1.1.1', { kind: 'search', key }, settings)).toBeNull();
    }
    const refused = await chargeClient('1.1.1.1', { kind: 'search', key: 'd' }, settings);
    expect(refused).toMatchObject({ kind: 'search' });
    expect(refused!.retryAfterS).toBeGreaterThan(0);
    expect(refused!.retryAfterS).toBeLessThanOrEqual(60);
    // Another client is not affected.
    expect(await chargeClient('2.2.2.2', { kind: 'search', key: 'd' }, settings)).toBeNull();
  });

  it('counts every sign-in attempt, repeated or not', async () => {
    resetClientLimits();
    const attempt = () => chargeClient('3.3.3.3', { kind: 'sign_in', key: 'x' }, settings);
    expect(await attempt()).toBeNull();
    expect(await attempt()).toBeNull();
    expect(await attempt()).toMatchObject({ kind: 'sign_in' });
  });

  it('keeps one client under its share of the daily budget', async () => {
    resetClientLimits();
    const daily = { perMinute: { ...settings.perMinute, product: 100 }, dailyShare: 4 };
    for (let i = 0; i < 4; i++) {
      expect(await chargeClient('4.4.4.4', { kind: 'product', key: `p${i}` }, daily)).toBeNull();
    }
    expect(await chargeClient('4.4.4.4', { kind: 'product', key: 'p9' }, daily)).toMatchObject({
      kind: 'budget',
    });
  });
});

describe('route methods and bodies', () => {
  it('answers a method a route lacks with 405, Allow and the JSON error shape', async () => {
    const handlers = methods({ GET: () => new Response('ok') });
    const res = await handlers.DELETE(new Request('http://x/api/y', { method: 'DELETE' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await res.json()).error.code).toBe('method_not_allowed');
    expect((await handlers.OPTIONS(new Request('http://x/api/y'))).status).toBe(204);
  });

  it('reads forms within a bound and refuses what is not a form', async () => {
    const form = await readForm(
      new Request('http://x', { method: 'POST', body: new URLSearchParams({ token: 't' }) }),
    );
    expect(field(form, 'token')).toBe('t');
    const big = new Request('http://x', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a='.padEnd(20_000, 'x'),
    });
    await expect(readForm(big)).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
    const json = new Request('http://x', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    await expect(readForm(json)).rejects.toMatchObject({ code: 'invalid_request', param: 'body' });
  });
});
