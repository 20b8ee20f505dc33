import { describe, expect, it } from 'vitest';
import { cookieValue, readCookie } from '@/lib/http/cookies';

describe('cookieValue', () => {
  it('finds a cookie by its whole name, wherever it is', () => {
    expect(cookieValue('pifa_currency=EUR', 'pifa_currency')).toBe('EUR');
    expect(cookieValue('a=1; pifa_locale=ru; b=2', 'pifa_locale')).toBe('ru');
    expect(cookieValue('a=1;pifa_locale=es', 'pifa_locale')).toBe('es');
    expect(cookieValue('x_pifa_locale=zh; pifa_locale_old=ru', 'pifa_locale')).toBeUndefined();
  });

  it('decodes the value and keeps "=" inside it', () => {
    expect(cookieValue('t=a%20b%3D; u=x=y', 't')).toBe('a b=');
    expect(cookieValue('t=a%20b%3D; u=x=y', 'u')).toBe('x=y');
  });

  it('gives nothing for an absent or undecodable cookie', () => {
    expect(cookieValue('', 'pifa_locale')).toBeUndefined();
    expect(cookieValue('pifa_locale=%E0%A4%A', 'pifa_locale')).toBeUndefined();
  });

  it('reads a request header the same way', () => {
    expect(readCookie(new Headers({ cookie: 'a=1; pifa_locale=ru' }), 'pifa_locale')).toBe('ru');
    expect(readCookie(new Headers(), 'pifa_locale')).toBeUndefined();
  });
});
