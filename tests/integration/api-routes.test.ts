import { beforeAll, describe, expect, it } from 'vitest';
import { GET as categoriesGET } from '@/app/api/categories/route';
import { POST as currencyPOST } from '@/app/api/preferences/currency/route';
import { POST as localePOST } from '@/app/api/preferences/locale/route';
import { GET as productGET } from '@/app/api/products/[id]/route';
import { GET as productsGET } from '@/app/api/products/route';
import { GET as imageGET } from '@/app/img/[glyph]/[color]/[file]/route';
import { category, product, searchPage } from '@/lib/domain/schemas';

const base = 'http://127.0.0.1:3000';
const noParams = { params: Promise.resolve({}) };

async function products(qs: string) {
  const res = await productsGET(new Request(`${base}/api/products?${qs}`), noParams);
  return { status: res.status, body: await res.json() };
}

// The first call builds the mock catalog, which takes longer than one test may.
beforeAll(() => products('q=warm-up'), 60_000);

describe('GET /api/products', () => {
  it('answers a search page from the mock source', async () => {
    const { status, body } = await products('q=phone&pageSize=5');
    expect(status).toBe(200);
    expect(body.source).toBe('mock');
    const page = searchPage.parse(body.data);
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(5);
    expect(page.totalPages).toBe(Math.ceil(page.total / 5));
  });

  it('answers 200 with no items past the last page', async () => {
    const { status, body } = await products('q=phone&page=9999');
    expect(status).toBe(200);
    expect(body.data.items).toEqual([]);
  });

  it.each([
    ['page=abc', 'page'],
    ['page=0', 'page'],
    ['pageSize=500', 'pageSize'],
    ['sort=best', 'sort'],
    ['minPrice=50&maxPrice=10', 'minPrice'],
    ['maxMoq=-1', 'maxMoq'],
    ['factoryOnly=maybe', 'factoryOnly'],
    ['q=a&q=b', 'q'],
    [`q=${'长'.repeat(500)}`, 'q'],
    ['category=../../etc', 'category'],
  ])('answers 400 invalid_request for %s, naming %s', async (qs, param) => {
    const { status, body } = await products(qs);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain(param);
    expect(body.data).toBeUndefined();
  });
});

describe('GET /api/products/[id]', () => {
  const call = (id: string) =>
    productGET(new Request(`${base}/api/products/${id}`), { params: Promise.resolve({ id }) });

  it('answers one product in full, with a sanitized description', async () => {
    const list = await products('q=bag&pageSize=1');
    const id = list.body.data.items[0].id;
    const res = await call(id);
    expect(res.status).toBe(200);
    const body = await res.json();
    const p = product.parse(body.data);
    expect(p.id).toBe(id);
    expect(p.description).not.toMatch(/<script|onerror=/);
  });

  it('answers 404 not_found for an unknown id and 400 for a malformed one', async () => {
    const missing = await call('123456789012');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    const bad = await call('abc');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('id'),
    });
  });
});

describe('GET /api/categories', () => {
  it('answers the category tree', async () => {
    const res = await categoriesGET(new Request(`${base}/api/categories`), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    const roots = body.data.map((c: unknown) => category.parse(c));
    expect(roots.length).toBeGreaterThanOrEqual(12);
  });
});

/** A picker's form as a browser posts it, with a Referer and other headers where given. */
const postForm =
  (route: (request: Request) => Promise<Response>, path: string) =>
  (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    route(
      new Request(`${base}${path}`, {
        method: 'POST',
        headers,
        body: new URLSearchParams(fields),
      }),
    );
const postCurrency = postForm(currencyPOST, '/api/preferences/currency');
const postLocale = postForm(localePOST, '/api/preferences/locale');

describe.each([
  {
    route: '/api/preferences/currency',
    post: postCurrency,
    name: 'currency',
    ok: 'EUR',
    bad: 'BTC',
    cookie: 'pifa_currency',
  },
  {
    route: '/api/preferences/locale',
    post: postLocale,
    name: 'locale',
    ok: 'ru',
    bad: 'de',
    cookie: 'NEXT_LOCALE',
  },
])('POST $route', ({ post, name, ok, bad, cookie }) => {
  it('keeps the choice in a cookie for a year and answers 303, never cached', async () => {
    const res = await post({ [name]: ok, back: '/' });
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('set-cookie')).toBe(
      `${cookie}=${ok}; Path=/; Max-Age=31536000; SameSite=Lax`,
    );
  });

  it('rejects an unknown choice with 400 naming the parameter', async () => {
    const res = await post({ [name]: bad });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(name);
  });

  it('refuses a form posted from another site', async () => {
    const res = await post({ [name]: ok }, { 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('the way back from a preference', () => {
  const location = async (response: Promise<Response>) => (await response).headers.get('location');

  it('is the page the currency picker was on, never another site', async () => {
    expect(await location(postCurrency({ currency: 'EUR', back: '/products?q=bag' }))).toBe(
      '/products?q=bag',
    );
    for (const back of ['//evil.example/', '/.//evil.example/', 'https://evil.example/']) {
      expect(await location(postCurrency({ currency: 'EUR', back }))).toBe('/');
    }
  });

  it('is the Referer when the form does not say where it was', async () => {
    const referer = `${base}/ru/products/1?x=1`;
    expect(await location(postCurrency({ currency: 'RUB' }, { referer }))).toBe(
      '/ru/products/1?x=1',
    );
    expect(await location(postCurrency({ currency: 'RUB' }))).toBe('/');
  });

  it('is the same page in the chosen language', async () => {
    expect(await location(postLocale({ locale: 'ru', back: '/products?q=bag' }))).toBe(
      '/ru/products?q=bag',
    );
    expect(await location(postLocale({ locale: 'en', back: '/es/products/1' }))).toBe(
      '/products/1',
    );
    expect(await location(postLocale({ locale: 'zh', back: '/ru' }))).toBe('/zh');
    const referer = `${base}/ru/categories`;
    expect(await location(postLocale({ locale: 'es' }, { referer }))).toBe('/es/categories');
    expect(await location(postLocale({ locale: 'es', back: '//evil.example/x' }))).toBe('/es');
  });
});

describe('GET /img/...', () => {
  const img = (glyph: string, color: string, file: string) =>
    imageGET(new Request(`${base}/img/${glyph}/${color}/${file}`), {
      params: Promise.resolve({ glyph, color, file }),
    });

  it('draws an SVG for a known glyph and colour', async () => {
    const res = await img('phone', 'ea580c', '2.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it.each([
    ['rocket', 'ea580c', '0.svg'],
    ['phone', 'red', '0.svg'],
    ['phone', 'ea580c', '9.svg'],
    ['phone', 'ea580c', '0.png'],
  ])('answers 404 for /img/%s/%s/%s', async (glyph, color, file) => {
    expect((await img(glyph, color, file)).status).toBe(404);
  });
});
