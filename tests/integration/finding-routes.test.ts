import { beforeAll, describe, expect, it } from 'vitest';
import { GET as productsGET } from '@/app/api/products/route';
import { GET as suggestGET } from '@/app/api/suggest/route';
import { GET as supplierGET } from '@/app/api/suppliers/[id]/route';
import { GET as supplierProductsGET } from '@/app/api/suppliers/[id]/products/route';
import { searchPage, suggestions, supplier } from '@/lib/domain/schemas';
import { generateCatalog } from '@/lib/mock/catalog';
import { offerIdFor } from '@/lib/mock/offers';

const base = 'http://127.0.0.1:3000';
const noParams = { params: Promise.resolve({}) };
const catalog = generateCatalog();

async function json(res: Response) {
  return { status: res.status, body: await res.json(), headers: res.headers };
}
const products = (qs: string) =>
  productsGET(new Request(`${base}/api/products?${qs}`), noParams).then(json);
const suggestFor = (qs: string) =>
  suggestGET(new Request(`${base}/api/suggest?${qs}`), noParams).then(json);
const supplierById = (id: string) =>
  supplierGET(new Request(`${base}/api/suppliers/${id}`), { params: Promise.resolve({ id }) }).then(
    json,
  );
const supplierOffers = (id: string, qs = '') =>
  supplierProductsGET(new Request(`${base}/api/suppliers/${id}/products?${qs}`), {
    params: Promise.resolve({ id }),
  }).then(json);

beforeAll(async () => {
  // The first call builds the mock catalog.
  await products('q=warm');
}, 60_000);

describe('GET /api/products with a pasted link', () => {
  const id = offerIdFor(42);

  it.each([
    `https://detail.1688.com/offer/${id}.html?spm=a26352.13672862&tracelog=p4p`,
    `【1688】好货 https://m.1688.com/offer/${id}.html 复制打开`,
  ])('answers with the linked offer: %s', async (link) => {
    const { status, body } = await products(`q=${encodeURIComponent(link)}`);
    expect(status).toBe(200);
    const page = searchPage.parse(body.data);
    expect(page.items.map((i) => i.id)).toEqual([id]);
    expect(page.interpretation?.offerId).toBe(id);
  });

  it('answers 404 for a link to an offer that does not exist', async () => {
    const { status, body } = await products(
      `q=${encodeURIComponent('https://detail.1688.com/offer/123456789012.html')}`,
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('answers 400 naming q for a Taobao, Tmall or AliExpress link: pifa covers 1688', async () => {
    for (const link of [
      'https://item.taobao.com/item.htm?id=678901234567',
      'https://detail.tmall.com/item.htm?id=612345678901',
      'https://www.aliexpress.com/item/1005006123456789.html',
    ]) {
      const { status, body } = await products(`q=${encodeURIComponent(link)}`);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'invalid_request' });
      expect(body.error.message).toMatch(
        /^q is a (Taobao|Tmall|AliExpress) link: pifa covers 1688\.com/,
      );
    }
  });

  it('accepts a long share text but not long keywords', async () => {
    const long = `https://detail.1688.com/offer/${id}.html?${'x'.repeat(400)}`;
    expect((await products(`q=${encodeURIComponent(long)}`)).status).toBe(200);
    const words = (await products(`q=${'word '.repeat(60)}`)).body;
    expect(words.error.message).toContain('q must be at most 200 characters');
  });

  it('reads corrections and partial matches into the page', async () => {
    const typo = searchPage.parse((await products('q=bluetoth')).body.data);
    expect(typo.interpretation?.corrected).toBe('bluetooth');
    const exact = searchPage.parse((await products('q=bluetoth&exact=true')).body.data);
    expect(exact.total).toBe(0);
    expect((await products('exact=maybe')).body.error.message).toContain('exact');
  });
});

describe('GET /api/suggest', () => {
  it('suggests searches and categories for what is being typed', async () => {
    const { status, body, headers } = await suggestFor('q=bluet');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, max-age=60');
    const data = suggestions.parse(body.data);
    expect(data.q).toBe('bluet');
    expect(data.suggestions.length).toBeGreaterThan(2);
    expect(data.suggestions.length).toBeLessThanOrEqual(8);
    for (const s of data.suggestions) expect(s.text.toLowerCase()).toMatch(/^bluetooth|bluetooth/);
    const category = data.suggestions.find((s) => s.kind === 'category');
    expect(category).toMatchObject({
      text: 'Bluetooth Earbuds',
      context: 'Consumer Electronics › Audio & Video',
    });
  });

  it('forgives a slip, suggests Chinese, and answers nothing for nothing', async () => {
    const slip = suggestions.parse((await suggestFor('q=blutooth')).body.data);
    expect(slip.suggestions[0]?.text.toLowerCase()).toContain('bluetooth');
    const zh = suggestions.parse((await suggestFor(`q=${encodeURIComponent('蓝牙')}`)).body.data);
    expect(zh.suggestions.some((s) => s.text.includes('蓝牙耳机'))).toBe(true);
    expect(suggestions.parse((await suggestFor('q=')).body.data).suggestions).toEqual([]);
    expect(suggestions.parse((await suggestFor('')).body.data).suggestions).toEqual([]);
    expect(suggestions.parse((await suggestFor('q=zzqqxx')).body.data).suggestions).toEqual([]);
  });

  it('answers 400 naming q for a q too long or given twice', async () => {
    for (const qs of [`q=${'a'.repeat(101)}`, 'q=a&q=b']) {
      const { status, body } = await suggestFor(qs);
      expect(status).toBe(400);
      expect(body.error.message).toContain('q');
    }
  });
});

describe('GET /api/suppliers/{id} and /api/suppliers/{id}/products', () => {
  const known = catalog.suppliers[3]!;

  it("answers a supplier's profile", async () => {
    const { status, body } = await supplierById(known.id);
    expect(status).toBe(200);
    const s = supplier.parse(body.data);
    expect(s).toMatchObject({ id: known.id, name: known.name, nameZh: known.nameZh });
    expect(s.scores?.composite).toBeGreaterThan(0);
    expect(body.data.topIndex).toBeUndefined();
  });

  it("answers the supplier's offers, searched, sorted and paged like /api/products", async () => {
    const all = searchPage.parse((await supplierOffers(known.id, 'pageSize=50')).body.data);
    expect(all.total).toBeGreaterThan(0);
    for (const item of all.items) expect(item.supplier.id).toBe(known.id);
    const sorted = searchPage.parse(
      (await supplierOffers(known.id, 'sort=price_asc&pageSize=50')).body.data,
    );
    const prices = sorted.items.map((i) => i.price.min);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const word = all.items[0]!.title.split(' ').pop()!;
    const within = searchPage.parse(
      (await supplierOffers(known.id, `q=${encodeURIComponent(word)}`)).body.data,
    );
    expect(within.total).toBeGreaterThan(0);
    expect(within.total).toBeLessThanOrEqual(all.total);
    const page2 = searchPage.parse((await supplierOffers(known.id, 'pageSize=1&page=2')).body.data);
    expect(page2.items[0]?.id).not.toBe(all.items[0]!.id);
  });

  it.each([
    ['sort=best', 'sort'],
    ['page=0', 'page'],
    ['pageSize=500', 'pageSize'],
    ['minPrice=5&maxPrice=1', 'minPrice'],
  ])('answers 400 for %s, naming %s', async (qs, param) => {
    const { status, body } = await supplierOffers(known.id, qs);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_request' });
    expect(body.error.message).toContain(param);
  });

  it('answers 404 for an unknown supplier and 400 for a malformed id', async () => {
    for (const call of [supplierById, supplierOffers]) {
      const missing = await call('b2b-2200000000000');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
      for (const bad of ['..%2Fetc', 'a'.repeat(65), 'has space', '-dash-first']) {
        const res = await call(bad);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain('id');
      }
    }
  });
});
