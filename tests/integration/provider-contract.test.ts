import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogProvider } from '@/lib/domain/provider';
import {
  category,
  categoryView,
  product,
  productSummary,
  searchPage,
  searchQuery,
  type SearchQuery,
} from '@/lib/domain/schemas';
import { GatewayClient } from '@/lib/gateway/client';
import { createLiveProvider, upstreamPagesFor, type LiveProvider } from '@/lib/gateway/provider';
import { generateCatalog } from '@/lib/mock/catalog';
import { createMockProvider } from '@/lib/mock/provider';
import {
  FAKE_ACCESS_TOKEN,
  FAKE_APP_KEY,
  FAKE_APP_SECRET,
  startFakeGateway,
  type FakeGateway,
} from '../fake-gateway/server';
import { screenshotOf } from '../fixtures/pictures';

let gateway: FakeGateway;
let live: LiveProvider;
const mock = createMockProvider(generateCatalog({ size: 5000 }));
const logs: string[] = [];

beforeAll(async () => {
  gateway = await startFakeGateway({ catalogSize: 5000 });
  const client = new GatewayClient({
    appKey: FAKE_APP_KEY,
    appSecret: FAKE_APP_SECRET,
    baseUrl: gateway.apiUrl,
    accessToken: FAKE_ACCESS_TOKEN,
    timeoutMs: 2000,
    baseDelayMs: 1,
    logger: { info: (l) => logs.push(l), warn: (l) => logs.push(l) },
  });
  live = createLiveProvider(client, {
    logger: { info: (l) => logs.push(l), warn: (l) => logs.push(l) },
  });
});
afterAll(() => gateway.close());

/** A client of its own for a test that counts calls or log lines. */
function ownClient() {
  const lines: string[] = [];
  const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
  const client = new GatewayClient({
    appKey: FAKE_APP_KEY,
    appSecret: FAKE_APP_SECRET,
    baseUrl: gateway.apiUrl,
    accessToken: FAKE_ACCESS_TOKEN,
    logger,
  });
  return { client, lines, logger };
}

const QUERIES: Partial<SearchQuery>[] = [
  { q: 'phone' },
  { q: '连衣裙', pageSize: 10 },
  { q: 'bag', sort: 'price_asc', page: 2, pageSize: 30 },
  { q: 'yoga mat', minPrice: 5, maxPrice: 60, shipsIn48h: true },
  { category: '101', sort: 'sales' },
  { q: 'phone', onePiece: true },
];

describe.each([
  ['mock', () => mock as CatalogProvider],
  ['live over the fake gateway', () => live as CatalogProvider],
])('%s provider contract', (_name, provider) => {
  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))(
    'search %s answers a valid page',
    async (_label, q) => {
      const query = searchQuery.parse(q);
      const page = searchPage.parse(await provider().search(query));
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.length).toBeLessThanOrEqual(query.pageSize);
      expect(page.page).toBe(query.page);
      expect(page.totalPages).toBe(Math.ceil(page.total / query.pageSize));
      for (const item of page.items) productSummary.parse(item);
    },
  );

  it('a product from the search answers in full; an unknown id is null', async () => {
    const [first] = (await provider().search(searchQuery.parse({ q: 'dress', pageSize: 3 }))).items;
    const p = product.parse(await provider().getProduct(first!.id));
    expect(p.id).toBe(first!.id);
    expect(p.title).toBe(first!.title);
    expect(await provider().getProduct('123456789012')).toBeNull();
  });

  it('categories open node by node, three levels, with English and Chinese names', async () => {
    const roots = (await provider().getTopCategories()).map((c) => category.parse(c));
    expect(roots.length).toBeGreaterThanOrEqual(12);
    expect(roots.every((r) => r.children.length === 0 && r.leaf === false)).toBe(true);
    const top = categoryView.parse(await provider().getCategory(roots[0]!.id));
    expect(top.path.map((c) => c.id)).toEqual([roots[0]!.id]);
    const mid = categoryView.parse(await provider().getCategory(top.children[0]!.id));
    expect(mid.path.map((c) => c.id)).toEqual([roots[0]!.id, top.children[0]!.id]);
    const leafId = mid.children[0]!.id;
    const leaf = categoryView.parse(await provider().getCategory(leafId));
    expect(leaf.path).toHaveLength(3);
    expect(leaf.children).toEqual([]);
    expect(leaf.path[2]!.name).toMatch(/[A-Za-z]/);
    expect(leaf.path[2]!.nameZh).toMatch(/\p{Script=Han}/u);
    expect(await provider().getCategory('999999')).toBeNull();
  });

  it('declares what it can do with a search', () => {
    const caps = provider().capabilities;
    expect(caps.sorts).toContain('relevance');
    expect(caps.filters.maxMoq).toBeDefined();
  });
});

describe('live provider specifics', () => {
  it('serves the same offers as the mock catalog it was drawn from', async () => {
    const q = searchQuery.parse({ q: 'phone case', pageSize: 5 });
    const [a, b] = await Promise.all([mock.search(q), live.search(q)]);
    expect(b.total).toBe(a.total);
    expect(b.items.map((i) => i.id)).toEqual(a.items.map((i) => i.id));
  });

  it('bridges our page size to upstream pages of 20', async () => {
    expect(upstreamPagesFor(1, 20)).toEqual({ pages: [1], skip: 0 });
    expect(upstreamPagesFor(2, 30)).toEqual({ pages: [2, 3], skip: 10 });
    expect(upstreamPagesFor(3, 7)).toEqual({ pages: [1, 2], skip: 14 });
    const q = (page: number, pageSize: number) =>
      searchQuery.parse({ q: 'bag', sort: 'price_asc', page, pageSize });
    const wide = await live.search(q(1, 50));
    const narrow = [...(await live.search(q(1, 25))).items, ...(await live.search(q(2, 25))).items];
    expect(narrow.map((i) => i.id)).toEqual(wide.items.map((i) => i.id));
  });

  it('maps sorts and filters to keywordQuery', async () => {
    const asc = (
      await live.search(searchQuery.parse({ q: 'cup', sort: 'price_asc', pageSize: 20 }))
    ).items.map((i) => i.price.min);
    expect(asc).toEqual([...asc].sort((x, y) => x - y));
    const fast = await live.search(
      searchQuery.parse({ q: 'cup', shipsIn48h: true, factoryOnly: true }),
    );
    for (const item of fast.items) expect(item.shipsIn48h).toBe(true);
    const cheap = await live.search(searchQuery.parse({ q: 'cup', maxMoq: 5 }));
    for (const item of cheap.items) expect(item.moq).toBeLessThanOrEqual(5);
    // Dropshipping: 1688's isOnePsale filter, and the dropship price on each row.
    const single = await live.search(searchQuery.parse({ q: 'cup', onePiece: true }));
    expect(single.items.length).toBeGreaterThan(0);
    for (const item of single.items) {
      expect(item.onePiece).toBe(true);
      expect(item.consignPrice).toBeGreaterThan(0);
    }
  });

  it('reads the top level in one call, once for concurrent callers, and keeps it', async () => {
    const { client } = ownClient();
    const own = createLiveProvider(client);
    gateway.reset();
    const [a, b] = await Promise.all([own.getTopCategories(), own.getTopCategories()]);
    expect(b).toEqual(a);
    expect(gateway.calls()).toEqual({ 'category.translation.getById': 1 });
    await own.getTopCategories();
    expect(gateway.calls()).toEqual({ 'category.translation.getById': 1 });
  });

  it("reads a supplier's profile and searches its offers", async () => {
    const [first] = (await mock.search(searchQuery.parse({ q: 'toy', pageSize: 1 }))).items;
    const id = first!.supplier.id;
    const [live1, mock1] = await Promise.all([live.getSupplier(id), mock.getSupplier(id)]);
    expect(live1).toMatchObject({
      id,
      nameZh: mock1!.nameZh,
      yearsOn1688: mock1!.yearsOn1688,
      badges: mock1!.badges,
      repurchaseRate: mock1!.repurchaseRate,
    });
    const query = searchQuery.parse({ sort: 'price_asc', pageSize: 10 });
    const [offers, expected] = await Promise.all([
      live.searchSupplier(id, query),
      mock.searchSupplier(id, query),
    ]);
    expect(offers.total).toBe(expected.total);
    expect(offers.items.map((i) => i.id)).toEqual(expected.items.map((i) => i.id));
    for (const item of offers.items) expect(item.supplier.id).toBe(id);
    expect(await live.getSupplier('no-such-seller')).toBeNull();
    expect((await live.searchSupplier('no-such-seller', query)).total).toBe(0);
  });

  it('searches by picture: upload, then image query, that offer first', async () => {
    const offer = (await mock.search(searchQuery.parse({ q: 'lipstick', pageSize: 1 }))).items[0]!;
    const jpeg = await screenshotOf(offer.image);
    const ref = await live.uploadImage(jpeg);
    expect(ref).toMatch(/^\d+$/);
    const found = await live.searchByImage({ ref, jpeg }, searchQuery.parse({ pageSize: 10 }));
    expect(found.items[0]!.id).toBe(offer.id);
    // Image-search rows name the company, which keyword rows do not.
    expect(found.items[0]!.supplier.name).not.toBe('1688 supplier');
    const cheap = await live.searchByImage({ ref, jpeg }, searchQuery.parse({ maxPrice: 5 }));
    for (const item of cheap.items) expect(item.price.min).toBeLessThanOrEqual(5);
    const none = await live.searchByImage({ ref: '999', jpeg }, searchQuery.parse({}));
    expect(none.total).toBe(0);
  }, 60_000);

  it('suggests categories and synonym terms as a buyer types', async () => {
    // Live typeahead knows the categories read so far: here, once a buyer has opened this one.
    await live.getCategory('1020301');
    const [fromLive, fromMock] = await Promise.all([live.suggest('bluet'), mock.suggest('bluet')]);
    for (const list of [fromLive, fromMock]) {
      expect(list).toContainEqual(
        expect.objectContaining({
          kind: 'category',
          text: 'Bluetooth Earbuds',
          categoryId: '1020301',
        }),
      );
    }
    expect(await live.suggest('headph')).toContainEqual(
      expect.objectContaining({ text: 'headphones' }),
    );
  });

  it('logs connection, fetches and categories', async () => {
    // Its own client and provider, so that the lines are this test's whatever ran before.
    const { client, lines, logger } = ownClient();
    const own = createLiveProvider(client, { logger });
    expect(lines).toEqual([]);
    await own.search(searchQuery.parse({ q: 'lamp', pageSize: 5 }));
    expect(lines[0]).toBe('✓ Connected to 1688.com API');
    expect(lines.some((l) => /^✓ Fetched \d+ products$/.test(l))).toBe(true);
    await own.getTopCategories();
    await own.getCategory('107');
    expect(lines).toContain('✓ Category: top level (14 subcategories)');
    expect(lines.filter((l) => l.startsWith('✓ Category: Shoes'))).toEqual([
      expect.stringMatching(/^✓ Category: Shoes \(\d+ subcategories\)$/),
    ]);
    expect(lines.filter((l) => l === '✓ Connected to 1688.com API')).toHaveLength(1);
  });
});

describe('live provider without authorization', () => {
  it('fails the category tree with "not authorized" instead of keeping it untranslated', async () => {
    const client = new GatewayClient({
      appKey: FAKE_APP_KEY,
      appSecret: FAKE_APP_SECRET,
      baseUrl: gateway.apiUrl,
    });
    const error = await createLiveProvider(client)
      .getTopCategories()
      .catch((e) => e);
    expect(error.code).toBe('upstream_not_authorized');
  });
});
