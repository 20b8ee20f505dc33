import { describe, expect, it } from 'vitest';
import {
  boundedUserAgent,
  clientAddress,
  MAX_USER_AGENT,
  refusalBody,
  refuse,
} from '@/server/guard.mjs';

describe('the request guard in front of Next.js', () => {
  it.each([
    ['GET', '*', 400],
    ['GET', 'http://evil.example/', 400],
    ['GET', '//evil.example/x', 400],
    ['GET', '/products/%zz', 400],
    ['GET', '/api/products/%', 400],
    ['GET', '/img/phone/ff0000/%', 400],
    ['GET', '/categories/%E0%A4%A', 400],
    ['GET', '/products/%00', 400],
    ['GET', '/a%0d%0aSet-Cookie:x', 400],
    ['GET', `/${'a'.repeat(5000)}`, 414],
  ])('%s %s → %i', (method, target, status) => {
    expect(refuse(method, target, {})?.status).toBe(status);
  });

  it('refuses methods outside HTTP’s usual ones', () => {
    expect(refuse('TRACE', '/', {})?.status).toBe(405);
    expect(refuse('PROPFIND', '/api/products', {})?.code).toBe('method_not_allowed');
  });

  it('answers OPTIONS * with what the server allows', () => {
    expect(refuse('OPTIONS', '*', {})).toMatchObject({ status: 204, allow: expect.any(String) });
  });

  it('lets ordinary requests through, query strings included', () => {
    for (const target of ['/', '/products?q=%zz', '/products?q=连衣裙', '/products/606877161571']) {
      expect(refuse('GET', target, {})).toBeNull();
    }
    expect(refuse('GET', '/products/%E8%BF%9E', {})).toBeNull();
  });

  it('refuses big cookies and bodies larger than the route takes', () => {
    expect(refuse('GET', '/', { cookie: 'a='.padEnd(5000, 'x') })?.status).toBe(431);
    expect(refuse('POST', '/api/auth/admin', { 'content-length': '20000' })).toMatchObject({
      status: 413,
      code: 'payload_too_large',
    });
    expect(
      refuse('POST', '/api/image-search', { 'content-length': String(5 * 1024 * 1024) }),
    ).toBeNull();
    expect(
      refuse('POST', '/api/image-search', { 'content-length': String(12 * 1024 * 1024) })?.status,
    ).toBe(413);
  });

  it('keeps only the first characters of a long User-Agent', () => {
    expect(boundedUserAgent('x'.repeat(12_000))).toHaveLength(MAX_USER_AGENT);
    expect(boundedUserAgent('Mozilla/5.0')).toBe('Mozilla/5.0');
    expect(boundedUserAgent(undefined)).toBeUndefined();
  });

  it('takes the client address from the connection unless the proxy in front wrote it', () => {
    // A client talking to pifa directly cannot choose its address.
    expect(clientAddress('203.0.113.7', '127.0.0.1')).toBe('203.0.113.7');
    // nginx on the same machine writes the client's address.
    expect(clientAddress('127.0.0.1', '198.51.100.4')).toBe('198.51.100.4');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.4, 10.0.0.1')).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', 'not an address')).toBe('127.0.0.1');
    expect(clientAddress('::ffff:203.0.113.7', undefined)).toBe('203.0.113.7');
  });

  it('answers the API in its JSON shape and pages with a short page', () => {
    const problem = { status: 400, code: 'invalid_request', message: 'bad <b>' };
    expect(JSON.parse(refusalBody('/api/x', problem).body)).toEqual({
      error: { code: 'invalid_request', message: 'bad <b>' },
    });
    const page = refusalBody('/x', problem);
    expect(page.type).toContain('text/html');
    expect(page.body).not.toContain('<b>');
  });
});
