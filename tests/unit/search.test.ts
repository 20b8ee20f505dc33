import { describe, expect, it } from 'vitest';
import { searchQuery, type SearchQuery } from '@/lib/domain/schemas';
import { generateCatalog } from '@/lib/mock/catalog';
import { createMockProvider } from '@/lib/mock/provider';
import { queryTokens, indexTokens, stem } from '@/lib/mock/tokenize';

const catalog = generateCatalog({ seed: 1688, size: 5000 });
const provider = createMockProvider(catalog);
const search = (q: Partial<SearchQuery>) => provider.search(searchQuery.parse(q));
const full = async (q: Partial<SearchQuery>) => {
  const first = await search({ ...q, pageSize: 50 });
  const items = [...first.items];
  for (let page = 2; page <= first.totalPages; page++)
    items.push(...(await search({ ...q, page, pageSize: 50 })).items);
  return { total: first.total, items };
};

describe('tokenizer', () => {
  it('stems English plurals the same way in documents and queries', () => {
    expect(stem('dresses')).toBe('dress');
    expect(stem('batteries')).toBe('battery');
    expect(stem('phones')).toBe('phone');
    expect(queryTokens('Phone CASES')).toEqual(['phone', 'case']);
  });

  it('splits Chinese into bigrams for queries and unigrams plus bigrams for the index', () => {
    expect(queryTokens('手机壳')).toEqual(['手机', '机壳']);
    expect(queryTokens('壳')).toEqual(['壳']);
    expect(indexTokens('手机壳')).toEqual(['手', '手机', '机', '机壳', '壳']);
  });

  it('joins hyphenated words so that t-shirt, tshirt and t shirt meet', () => {
    expect(indexTokens('T-Shirt')).toContain('tshirt');
    expect(queryTokens('tshirt')).toEqual(['tshirt']);
  });
});

describe('mock search', () => {
  it('finds English keywords and puts title matches first', async () => {
    const page = await search({ q: 'phone case' });
    expect(page.total).toBeGreaterThan(10);
    for (const item of page.items.slice(0, 10)) expect(item.title.toLowerCase()).toMatch(/phone/);
    expect(page.items[0]!.title.toLowerCase()).toContain('phone case');
  });

  it('finds Chinese keywords without spaces', async () => {
    const { items } = await full({ q: '连衣裙' });
    const inTitle = items.map((i) => i.titleZh.includes('连衣裙'));
    expect(inTitle.filter(Boolean).length).toBeGreaterThan(5);
    // Title matches first; then offers filed under the 连衣裙 (Dresses) category.
    expect(inTitle.slice(0, inTitle.indexOf(false))).not.toContain(false);
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
    for (const item of items) expect(item.categoryId).toMatch(/^10102/);
  });

  it('matches plurals and the word being typed', async () => {
    const plural = await search({ q: 'dresses' });
    const singular = await search({ q: 'dress' });
    expect(plural.total).toBe(singular.total);
    const partial = await search({ q: 'yoga ma' });
    expect(partial.items[0]!.title.toLowerCase()).toContain('yoga mat');
  });

  it('matches category names when the title does not, ranked after title matches', async () => {
    const { items } = await full({ q: 'luggage' });
    const inTitle = items.map((i) => i.title.toLowerCase().includes('luggage'));
    const firstOther = inTitle.indexOf(false);
    expect(firstOther).toBeGreaterThan(0);
    expect(inTitle.slice(firstOther).some(Boolean)).toBe(false);
  });

  it('requires every word to match when some offer has them all', async () => {
    const { items, total } = await full({ q: 'leather wallet' });
    expect(total).toBeGreaterThan(0);
    for (const item of items) expect(item.title.toLowerCase()).toMatch(/leather/);
    expect((await search({ q: 'zzqqxx plughxyzzy' })).total).toBe(0);
  });

  it('filters by category at every level', async () => {
    const top = catalog.tree.roots[1]!;
    const mid = top.children[0]!;
    const leaf = mid.children[0]!;
    for (const [category, prefix] of [
      [top.id, top.id],
      [mid.id, mid.id],
      [leaf.id, leaf.id],
    ] as const) {
      const { total, items } = await full({ category });
      expect(total).toBeGreaterThan(0);
      expect(items).toHaveLength(total);
      for (const item of items) expect(item.categoryId.startsWith(prefix)).toBe(true);
    }
    expect((await search({ category: '999999' })).total).toBe(0);
  });

  it('filters by price range on the lowest unit price', async () => {
    const { items, total } = await full({ q: 'case', minPrice: 10, maxPrice: 20 });
    expect(total).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.price.min).toBeGreaterThanOrEqual(10);
      expect(item.price.min).toBeLessThanOrEqual(20);
    }
  });

  it('filters by maximum MOQ, factories only and 48-hour shipping', async () => {
    const all = await search({});
    const { items } = await full({
      maxMoq: 5,
      factoryOnly: true,
      shipsIn48h: true,
      category: catalog.tree.roots[0]!.id,
    });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.moq).toBeLessThanOrEqual(5);
      expect(item.isFactory).toBe(true);
      expect(item.shipsIn48h).toBe(true);
    }
    expect((await search({ maxMoq: 5 })).total).toBeLessThan(all.total);
  });

  it('filters offers sold by the piece for dropshipping', async () => {
    const all = await search({ q: 'phone' });
    const { items, total } = await full({ q: 'phone', onePiece: true });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(all.total);
    for (const item of items) {
      expect(item.onePiece).toBe(true);
      expect(item.consignPrice).toBeGreaterThan(item.price.max);
    }
  });

  it('sorts by price both ways, by sales and by newest', async () => {
    const asc = (await search({ q: 'bag', sort: 'price_asc', pageSize: 50 })).items.map(
      (i) => i.price.min,
    );
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await search({ q: 'bag', sort: 'price_desc', pageSize: 50 })).items.map(
      (i) => i.price.min,
    );
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const sales = (await search({ sort: 'sales', pageSize: 50 })).items.map((i) => i.sales30d);
    expect(sales).toEqual([...sales].sort((a, b) => b - a));
    const newest = (await search({ q: 'toy', sort: 'newest', pageSize: 50 })).items;
    const created = await Promise.all(
      newest.map(async (i) => (await provider.getProduct(i.id))!.createdAt!),
    );
    expect(created).toEqual([...created].sort().reverse());
  });

  it('paginates with totals and without overlap; pages past the end are empty', async () => {
    const p1 = await search({ q: 'bag', pageSize: 10 });
    const p2 = await search({ q: 'bag', pageSize: 10, page: 2 });
    expect(p1.totalPages).toBe(Math.ceil(p1.total / 10));
    expect(p2.total).toBe(p1.total);
    const ids1 = new Set(p1.items.map((i) => i.id));
    for (const item of p2.items) expect(ids1.has(item.id)).toBe(false);
    const past = await search({ q: 'bag', page: p1.totalPages + 1, pageSize: 10 });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(p1.total);
  });

  it('returns every matching offer across pages exactly once', async () => {
    const { items, total } = await full({ q: 'cup' });
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => i.id)).size).toBe(total);
  });
});

describe('mixed scripts', () => {
  it('splits Latin letters from Chinese characters in one run', () => {
    expect(indexTokens('ins风连衣裙')).toEqual([
      'ins',
      '风',
      '风连',
      '连',
      '连衣',
      '衣',
      '衣裙',
      '裙',
    ]);
    expect(queryTokens('2025新款')).toEqual(['2025', '新款']);
  });
});
