/**
 * Link-preview pictures are reached at the addresses Next.js gives them (the internal search
 * route, `/en` for English) while the pages behind those addresses stay closed, and in live
 * mode a preview is charged as its page is.
 */
import { describe, expect, it } from 'vitest';
import { parsePastedLink } from '@/lib/domain/links';
import { searchKey } from '@/lib/domain/search-links';
import { proxyRequest as request, SITE, withLiveLimits } from '../setup/proxy';
const rewrittenTo = (res: Response) =>
  res.headers.get('x-middleware-rewrite') &&
  new URL(res.headers.get('x-middleware-rewrite')!).pathname;

const CUP = searchKey({ q: 'cup' });

describe('preview pictures', () => {
  it('are served at the English address Next.js names, while English pages keep one address', async () => {
    const image = await request('/en/products/606877161571/opengraph-image/card');
    expect(image.status).toBe(200);
    expect(rewrittenTo(image)).toBe('/en/products/606877161571/opengraph-image/card');
    const page = await request('/en/products/606877161571');
    expect(page.status).toBe(308);
    expect(page.headers.get('location')).toBe(`${SITE}/products/606877161571`);
  });

  it('of a search are served, while the internal search page stays closed', async () => {
    const image = await request(`/ru/products/search/${CUP}/opengraph-image/card`);
    expect(rewrittenTo(image)).toBe(`/ru/products/search/${CUP}/opengraph-image/card`);
    const page = await request(`/ru/products/search/${CUP}`);
    expect(rewrittenTo(page)).toBe('/ru/not-found');
    const other = await request(`/ru/products/search/${CUP}/anything/card`);
    expect(rewrittenTo(other)).toBe('/ru/not-found');
    const english = await request(`/en/products/search/${CUP}/opengraph-image/card`);
    expect(rewrittenTo(english)).toBe(`/en/products/search/${CUP}/opengraph-image/card`);
  });
});

describe('in live mode, a preview picture', () => {
  withLiveLimits({ RATE_LIMIT_SEARCHES_PER_MIN: '1', RATE_LIMIT_PRODUCTS_PER_MIN: '1' });
  const as = (client: string) => (path: string) =>
    request(path, { headers: { 'x-forwarded-for': client, 'user-agent': 'Mozilla/5.0' } });

  it('of a search counts as that search, not as another one', async () => {
    const get = as('203.0.113.20');
    expect((await get('/products?q=cup')).status).not.toBe(429);
    expect((await get(`/en/products/search/${CUP}/opengraph-image/card`)).status).not.toBe(429);
    const mug = searchKey({ q: 'mug' });
    expect((await get(`/en/products/search/${mug}/opengraph-image/card`)).status).toBe(429);
  });

  it('of an offer counts as that offer', async () => {
    const get = as('203.0.113.21');
    expect((await get('/products/606877161571')).status).not.toBe(429);
    expect((await get('/en/products/606877161571/opengraph-image/card')).status).not.toBe(429);
    expect((await get('/en/products/606877161572/opengraph-image/card')).status).toBe(429);
  });

  it('of a pasted link that is not an offer counts as the search its page shows', async () => {
    const get = as('203.0.113.22');
    const pasted = 'Look: https://item.taobao.com/item.htm?id=12345 thanks';
    const { url } = parsePastedLink(pasted) as { url: string };
    expect((await get(`/products?q=${encodeURIComponent(pasted)}`)).status).not.toBe(429);
    const preview = `/en/products/search/${searchKey({ q: url })}/opengraph-image/card`;
    expect((await get(preview)).status).not.toBe(429);
  });

  it('is not needed for a pasted offer link, whose page is a redirect to the offer', async () => {
    const get = as('203.0.113.23');
    const link = encodeURIComponent('https://detail.1688.com/offer/606877161571.html');
    expect((await get('/products?q=cup')).status).not.toBe(429);
    expect((await get(`/products?q=${link}`)).status).toBe(303);
    // The API answers with the offer itself: charged as that offer.
    expect((await get(`/api/products?q=${link}`)).status).not.toBe(429);
    expect((await get('/api/products/606877161572')).status).toBe(429);
  });
});
