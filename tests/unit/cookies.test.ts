import { describe, expect, it } from 'vitest';
import { CURRENCY_COOKIE } from '@/lib/domain/currency';
import { LOCALE_COOKIE } from '@/lib/domain/locales';
import { cookieValue, readCookie } from '@/lib/http/cookies';

describe('cookieValue', () => {
  it('finds a cookie by its whole name, wherever it is', () => {
    expect(cookieValue(`${CURRENCY_COOKIE}=EUR`, CURRENCY_COOKIE)).toBe('EUR');
    expect(cookieValue(`a=1; ${LOCALE_COOKIE}=ru; b=2`, LOCALE_COOKIE)).toBe('ru');
    expect(cookieValue(`a=1;${LOCALE_COOKIE}=es`, LOCALE_COOKIE)).toBe('es');
    expect(cookieValue(`x_${LOCALE_COOKIE}=zh; ${LOCALE_COOKIE}_old=ru`, LOCALE_COOKIE)).toBe(
      undefined,
    );
  });

  it('decodes the value and keeps "=" inside it', () => {
    expect(cookieValue('t=a%20b%3D; u=x=y', 't')).toBe('a b=');
    expect(cookieValue('t=a%20b%3D; u=x=y', 'u')).toBe('x=y');
  });

  it('gives nothing for an absent or undecodable cookie', () => {
    expect(cookieValue('', LOCALE_COOKIE)).toBeUndefined();
    expect(cookieValue(`${LOCALE_COOKIE}=%E0%A4%A`, LOCALE_COOKIE)).toBeUndefined();
  });

  it('reads a request header the same way', () => {
    expect(readCookie(new Headers({ cookie: `a=1; ${LOCALE_COOKIE}=ru` }), LOCALE_COOKIE)).toBe(
      'ru',
    );
    expect(readCookie(new Headers(), LOCALE_COOKIE)).toBeUndefined();
  });
});
