/**
 * The whole live stack (route handlers → catalog → gateway) against the fake 1688 gateway:
 * categories read per node and kept across a restart, capabilities refused or honoured,
 * honest counts with a filter pifa applies, offer status and fresh offer state, drift on
 * /api-status with a masked sample.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as categoryGET } from '@/app/api/categories/[id]/route';
import { GET as categoriesGET } from '@/app/api/categories/route';
import { GET as offerStateGET } from '@/app/api/products/[id]/offer-state/route';
import { GET as productGET } from '@/app/api/products/[id]/route';
import { GET as productsGET } from '@/app/api/products/route';
import { catalogService, getLiveContext } from '@/lib/catalog';
import { searchQuery } from '@/lib/domain/schemas';
import { offerState } from '@/lib/domain/offer-state-schema';
import { categoryView, product, searchPage } from '@/lib/domain/schemas';
import { resetDrift } from '@/lib/gateway/drift';
import { getStatus } from '@/lib/status';
import {
  FAKE_ACCESS_TOKEN,
  FAKE_APP_KEY,
  FAKE_APP_SECRET,
  startFakeGateway,
  type FakeGateway,
} from '../fake-gateway/server';
import { tempDir } from '../setup/temp-dir';

let gateway: FakeGateway;
const base = 'http://127.0.0.1:3000';
const ENV = [
  'ALIBABA_APP_KEY',
  'ALIBABA_APP_SECRET',
  'ALIBABA_ACCESS_TOKEN',
  'ALIBABA_API_URL',
  'PIFA_DATA_DIR',
  'ALIBABA_MAX_CALLS_PER_SECOND',
  'PROBE_INTERVAL_MIN',
  'CACHE_TTL_OFFER_S',
];
const dataDir = tempDir('pifa-live-');
const memo = globalThis as { __pifaProvider?: unknown };

/** A server start: a new live context over the same data directory (nothing in memory). */
function restart() {
  delete memo.__pifaProvider;
}

beforeAll(async () => {
  gateway = await startFakeGateway({ catalogSize: 2000 });
  Object.assign(process.env, {
    ALIBABA_APP_KEY: FAKE_APP_KEY,
    ALIBABA_APP_SECRET: FAKE_APP_SECRET,
    ALIBABA_ACCESS_TOKEN: FAKE_ACCESS_TOKEN,
    ALIBABA_API_URL: gateway.apiUrl,
    PIFA_DATA_DIR: dataDir,
    ALIBABA_MAX_CALLS_PER_SECOND: '500',
    PROBE_INTERVAL_MIN: '0',
    // A fresh price is one at most a second old here (a minute by default).
    CACHE_TTL_OFFER_S: '1',
  });
  restart();
});
afterAll(async () => {
  for (const name of ENV) delete process.env[name];
  restart();
  await gateway.close();
});
beforeEach(() => {
  gateway.reset();
  resetDrift();
});

async function get(handler: typeof productsGET, path: string, params: object = {}) {
  const res = await handler(new Request(base + path), { params: Promise.resolve(params) } as never);
  return { status: res.status, body: await res.json(), headers: res.headers };
}
const calls = (api: string) => gateway.calls()[api] ?? 0;

describe('categories, cheaply', () => {
  it('top level in one call; a category opened in one more; a warm restart reads none', async () => {
    const top = await get(categoriesGET, '/api/categories');
    expect(top.status).toBe(200);
    // The categories list is two levels: the top level and each one's subcategories.
    expect(top.body.data).toHaveLength(14);
    expect(calls('category.translation.getById')).toBe(15);
    expect(calls('alibaba.category.get')).toBe(0);
    const shoes = await get(categoryGET, '/api/categories/107', { id: '107' });
    expect(categoryView.parse(shoes.body.data).path.map((c) => c.name)).toEqual(['Shoes']);
    const boots = shoes.body.data.children[0];
    await get(categoryGET, `/api/categories/${boots.id}`, { id: boots.id });
    expect(calls('category.translation.getById')).toBe(16);
    await getLiveContext()!.provider.categories.flush();

    restart();
    gateway.reset();
    const again = await get(categoriesGET, '/api/categories');
    expect(again.body.data).toEqual(top.body.data);
    const leaf = await get(categoryGET, `/api/categories/${boots.id}`, { id: boots.id });
    expect(leaf.body.data.path.map((c: { name: string }) => c.name)).toEqual(['Shoes', boots.name]);
    expect(gateway.calls()).toEqual({});
  });

  it('an unknown category is a 404, a malformed one a 400', async () => {
    expect((await get(categoryGET, '/api/categories/999', { id: '999' })).status).toBe(404);
    expect((await get(categoryGET, '/api/categories/x', { id: 'x' })).status).toBe(400);
  });
});

describe('titles in the buyer’s language', () => {
  it('asks 1688 in the page’s language, keeps each language apart, and Chinese reads English', async () => {
    const query = searchQuery.parse({ q: 'bag', pageSize: 5 });
    const countries = () =>
      gateway
        .requests('product.search.keywordQuery')
        .map((r) => JSON.parse(r.offerQueryParam ?? '{}').country);
    await catalogService('ru').searchProducts(query);
    expect(countries()).toEqual(['ru']);
    await catalogService('es').searchProducts(query);
    expect(countries()).toEqual(['ru', 'es']);
    // Cached per language: the same search again in either costs nothing.
    await catalogService('ru').searchProducts(query);
    await catalogService('es').searchProducts(query);
    expect(calls('product.search.keywordQuery')).toBe(2);
    // English and Chinese share the English answer.
    await catalogService().searchProducts(query);
    await catalogService('zh').searchProducts(query);
    expect(countries()).toEqual(['ru', 'es', 'en']);

    const id = (await catalogService().searchProducts(query)).data.items[0]!.id;
    await catalogService('ru').getProduct(id);
    const detail = gateway.requests('product.search.queryProductDetail').at(-1)!;
    expect(JSON.parse(detail.offerDetailParam ?? '{}')).toMatchObject({ offerId: id });
    expect(JSON.parse(detail.offerDetailParam ?? '{}').country).toBe('ru');
    // Category names are read per language too.
    await catalogService('ru').getTopCategories();
    expect(gateway.requests('category.translation.getById').every((r) => r.language === 'ru')).toBe(
      true,
    );
  });
});

describe('capabilities, not pretence', () => {
  it('a sort 1688 does not have is a 400 that says so', async () => {
    const res = await get(productsGET, '/api/products?q=cup&sort=newest');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: 'invalid_request',
      message:
        'sort=newest is not supported by the live 1688 catalog; use one of relevance, price_asc, price_desc, sales',
    });
    expect(gateway.calls()).toEqual({});
  });

  it('filters 1688 applies are sent upstream; the MOQ is not', async () => {
    await get(
      productsGET,
      '/api/products?q=cup&minPrice=2&maxPrice=80&factoryOnly=true&shipsIn48h=true',
    );
    const [sent] = gateway.requests('product.search.keywordQuery');
    const param = JSON.parse(sent!.offerQueryParam!);
    expect(param).toMatchObject({ keyword: 'cup', priceStart: 2, priceEnd: 80, pageSize: 20 });
    expect(param.filter.split(',').sort()).toEqual(['certifiedFactory', 'shipIn48Hours']);
    expect(JSON.stringify(param)).not.toMatch(/moq/i);
  });

  it('"Factories only" shows only offers with the factory mark (1688 vouches for them)', async () => {
    const res = await get(productsGET, '/api/products?q=bag&factoryOnly=true&pageSize=50');
    const items = searchPage.parse(res.body.data).items;
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i) => i.isFactory)).toBe(true);
  });

  it('a filter applied on our side fills the page and gives an honest, estimated count', async () => {
    const plain = searchPage.parse((await get(productsGET, '/api/products?q=bag')).body.data);
    const res = await get(productsGET, '/api/products?q=bag&maxMoq=5');
    const page = searchPage.parse(res.body.data);
    expect(page.items.length).toBe(20);
    expect(page.items.every((i) => i.moq <= 5)).toBe(true);
    expect(page.approximate).toBe(true);
    expect(page.total).toBeLessThan(plain.total);
    // The mock catalog behind the fake gateway knows the true count: the estimate is near it.
    const truth = gateway.catalog.index.search({
      q: 'bag',
      sort: 'relevance',
      maxMoq: 5,
      factoryOnly: false,
      shipsIn48h: false,
      offset: 0,
      limit: 1,
    }).total;
    expect(page.total).toBeGreaterThan(truth * 0.6);
    expect(page.total).toBeLessThan(truth * 1.6);
    // Page 2 reads the upstream pages page 1 read from the cache, then goes on.
    const before = calls('product.search.keywordQuery');
    const second = searchPage.parse(
      (await get(productsGET, '/api/products?q=bag&maxMoq=5&page=2')).body.data,
    );
    expect(second.items.every((i) => i.moq <= 5)).toBe(true);
    expect(second.items.map((i) => i.id)).not.toContain(page.items[0]!.id);
    expect(calls('product.search.keywordQuery') - before).toBeLessThanOrEqual(3);
  });
});

describe('offers that are not on sale, and fresh offer state', () => {
  it('an expired offer is unavailable, left out of search, and its state says so', async () => {
    // An offer of a search pifa has not run yet (its upstream pages are kept for 30 minutes).
    const [doc] = gateway.catalog.index.search({
      q: 'toy',
      sort: 'relevance',
      factoryOnly: false,
      shipsIn48h: false,
      offset: 0,
      limit: 1,
    }).docs;
    const id = gateway.catalog.summaries[doc!]!.id;
    gateway.setOffer(id, { status: 'expired' });
    const again = searchPage.parse(
      (await get(productsGET, '/api/products?q=toy&pageSize=21')).body.data,
    );
    expect(again.items.map((i) => i.id)).not.toContain(id);
    expect(again.approximate).toBe(true);
    const detail = product.parse((await get(productGET, `/api/products/${id}`, { id })).body.data);
    expect(detail).toMatchObject({ available: false, status: 'expired' });
    const state = await get(offerStateGET, `/api/products/${id}/offer-state`, { id });
    expect(offerState.parse(state.body.data)).toMatchObject({ id, available: false });
    expect(state.headers.get('cache-control')).toBe('private, max-age=30');
  });

  it('offer state is fetched fresh (once a minute at most) and refreshes the kept product', async () => {
    const [row] = searchPage.parse(
      (await get(productsGET, '/api/products?q=dress&pageSize=1')).body.data,
    ).items;
    const id = row!.id;
    const detailCalls = () => calls('product.search.queryProductDetail');
    await get(productGET, `/api/products/${id}`, { id });
    await get(productGET, `/api/products/${id}`, { id });
    expect(detailCalls()).toBe(1);
    // Just fetched: the product is fresh enough to be the offer's state.
    const recent = await get(offerStateGET, `/api/products/${id}/offer-state`, { id });
    expect(offerState.parse(recent.body.data).promotion).toBeUndefined();
    expect(detailCalls()).toBe(1);
    gateway.setOffer(id, { promotion: { kind: 'plus', share: 0.5 } });
    await new Promise((r) => setTimeout(r, 1_100));
    const state = offerState.parse(
      (await get(offerStateGET, `/api/products/${id}/offer-state`, { id })).body.data,
    );
    expect(detailCalls()).toBe(2);
    expect(state.promotion).toMatchObject({ kind: 'plus', label: '1688 Plus members' });
    expect(state.price.min).toBe(row!.price.min);
    await get(offerStateGET, `/api/products/${id}/offer-state`, { id });
    expect(detailCalls()).toBe(2);
    // The product fetched for the state is the kept product now.
    const kept = product.parse((await get(productGET, `/api/products/${id}`, { id })).body.data);
    expect(kept.promotion?.kind).toBe('plus');
    expect(detailCalls()).toBe(2);
    await new Promise((r) => setTimeout(r, 1_100));
    await get(offerStateGET, `/api/products/${id}/offer-state`, { id });
    expect(detailCalls()).toBe(3);
  });
});

describe('shapes that change', () => {
  it('some rows in a new shape: the rest are shown and the drift is on /api-status', async () => {
    gateway.fail('product.search.keywordQuery', 'drift_some_rows', { times: 1 });
    const res = await get(productsGET, '/api/products?q=phone');
    expect(res.status).toBe(200);
    const page = searchPage.parse(res.body.data);
    expect(page.items.length).toBe(12);
    expect(page.approximate).toBe(true);
    gateway.fail('product.search.keywordQuery', 'drift_price_object', { times: 1 });
    const status = await getStatus({ operator: true, force: true });
    const search = status.shapes.find((s) => s.api === 'product.search.keywordQuery')!;
    expect(search.probe).toBe('changed');
    expect(search.drift.map((d) => [d.kind, d.rows])).toEqual([
      ['offerId missing', 4],
      ['priceInfo.price is an object (expected number or string)', 4],
    ]);
    const sample = search.drift[1]!.sample as Record<string, Record<string, unknown>>;
    expect(sample.offerId).toEqual(expect.any(Number));
    expect(sample.priceInfo!.price).toEqual({
      value: expect.stringMatching(/^‹string·\d›$/),
      currency: '‹string·3›',
    });
    expect(JSON.stringify(sample)).not.toMatch(/\p{Script=Han}/u);
    const probe = status.probes!.results.find((p) => p.id === 'search')!;
    expect(probe.outcome).toBe('shape_changed');
    expect(status.health).toBe('degraded');
  });

  it('a page whose rows all fail is a 502, not "no offers"', async () => {
    gateway.fail('product.search.keywordQuery', 'drift_missing_id', { times: 1 });
    const res = await get(productsGET, '/api/products?q=kettle');
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('upstream_bad_response');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
