import { describe, expect, it } from 'vitest';
import { alternatePaths, localizePath, negotiateLocale, splitLocale } from '@/lib/domain/locales';

describe('locale paths', () => {
  it('splits a prefix off a path', () => {
    expect(splitLocale('/ru/products/1')).toEqual({ locale: 'ru', path: '/products/1' });
    expect(splitLocale('/ru')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/products')).toEqual({ locale: null, path: '/products' });
    expect(splitLocale('/rus/x')).toEqual({ locale: null, path: '/rus/x' });
  });

  it('puts a language in front of a path, English without one', () => {
    expect(localizePath('en', '/products?q=cup')).toBe('/products?q=cup');
    expect(localizePath('ru', '/')).toBe('/ru');
    expect(localizePath('es', '/products?q=cup')).toBe('/es/products?q=cup');
    expect(localizePath('zh', '/?x=1')).toBe('/zh?x=1');
  });

  it('names a page in every language, with the unprefixed path as x-default', () => {
    expect(alternatePaths('/products?category=7')).toEqual({
      en: '/products?category=7',
      ru: '/ru/products?category=7',
      es: '/es/products?category=7',
      zh: '/zh/products?category=7',
      'x-default': '/products?category=7',
    });
    expect(alternatePaths('/')).toMatchObject({ en: '/', ru: '/ru', 'x-default': '/' });
  });
});

describe('negotiateLocale', () => {
  it('picks the most preferred language we have', () => {
    expect(negotiateLocale('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(negotiateLocale('de-DE,es;q=0.7,en;q=0.5')).toBe('es');
    expect(negotiateLocale('en;q=0.4,zh-CN;q=0.9')).toBe('zh');
    expect(negotiateLocale(['pt-BR', 'es-419'])).toBe('es');
    expect(negotiateLocale('de, fr;q=0.5')).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
    expect(negotiateLocale('ru;q=0')).toBeNull();
  });
});
