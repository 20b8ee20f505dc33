import { describe, expect, it } from 'vitest';
import { searchQuery, type SearchQuery } from '@/lib/domain/schemas';
import { SYNONYM_GROUPS } from '@/lib/domain/synonyms';
import { generateCatalog } from '@/lib/mock/catalog';
import { createMockProvider } from '@/lib/mock/provider';
import { JUDGED, measureQuality } from '@/scripts/search-quality';

const catalog = generateCatalog({ seed: 1688, size: 5000 });
const provider = createMockProvider(catalog);
const search = (q: Partial<SearchQuery>) => provider.search(searchQuery.parse(q));
const category = (id: string) => catalog.tree.byId.get(id)!.category.name;
const categoriesOf = async (q: string) =>
  (await search({ q, pageSize: 10 })).items.map((i) => i.categoryId);

describe('typo tolerance', () => {
  it('corrects one slip in words of 4+ letters and says what it searched', async () => {
    const page = await search({ q: 'bluetoth' });
    expect(page.interpretation?.corrected).toBe('bluetooth');
    expect(page.total).toBe((await search({ q: 'bluetooth' })).total);
    expect(page.items[0]!.title).toMatch(/Bluetooth/);
  });

  it('allows two slips from 8 letters, none below 4', async () => {
    expect((await search({ q: 'screwdrvier' })).interpretation?.corrected).toBe('screwdriver');
    expect((await search({ q: 'bleutooht' })).interpretation?.corrected).toBe('bluetooth');
    // Three letters: no correction, so a word the catalog lacks matches nothing.
    expect((await search({ q: 'wallat' })).interpretation?.corrected).toBe('wallet');
    expect((await search({ q: 'bga' })).total).toBe(0);
  });

  it('searches exactly what was typed when asked', async () => {
    const page = await search({ q: 'bluetoth', exact: true });
    expect(page.total).toBe(0);
    expect(page.interpretation?.corrected).toBeUndefined();
  });

  it('keeps the word being typed as a prefix, and also reads it as a slip', async () => {
    const typing = await search({ q: 'bluet' });
    expect(typing.interpretation).toBeUndefined();
    expect(typing.items[0]!.title).toMatch(/Bluetooth/);
    // "matt" begins "matte" (a lipstick finish), but here it is a slip of "mat".
    const page = await search({ q: 'yoga matt' });
    expect(page.interpretation?.partial).toBeUndefined();
    expect(page.items[0]!.title).toMatch(/Yoga Mat/);
  });
});

describe('synonyms, spelling variants and compounds', () => {
  it.each([
    ['jewelry', 'jewellery'],
    ['headphones', 'earbuds'],
    ['powerbank', 'power bank'],
    ['充电宝', 'power bank'],
    ['usb c cable', 'type-c cable'],
    ['water bottle', 'bottle'],
    ['rucksack', 'backpack'],
  ])('%s finds what %s finds', async (a, b) => {
    const [x, y] = await Promise.all([
      search({ q: a, pageSize: 50 }),
      search({ q: b, pageSize: 50 }),
    ]);
    expect(x.total).toBeGreaterThan(0);
    expect(new Set(x.items.map((i) => i.categoryId))).toEqual(
      new Set(y.items.map((i) => i.categoryId)),
    );
  });

  it('lifts offers whose titles use the very words typed', async () => {
    const rankOfCovers = async (q: string) => {
      const { items } = await search({ q, pageSize: 50 });
      const places = items.flatMap((item, i) => (/phone cover/i.test(item.title) ? [i] : []));
      expect(places.length).toBeGreaterThan(0);
      return places.reduce((a, b) => a + b, 0) / places.length;
    };
    expect(await rankOfCovers('phone cover')).toBeLessThan(await rankOfCovers('phone case'));
  });

  it('finds 灯带 (LED strip) though no Chinese title uses the word', async () => {
    const ids = await categoriesOf('灯带');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(category(id)).toBe('Car Lights');
  });

  it('glues split words and splits glued ones, saying so', async () => {
    expect((await search({ q: 'back pack' })).interpretation?.corrected).toBe('backpack');
    expect((await search({ q: 'yogamat' })).interpretation?.corrected).toBe('yoga mat');
    for (const id of await categoriesOf('sun glasses')) expect(category(id)).toBe('Sunglasses');
  });

  it('keeps every term of the table in at most one group', () => {
    const terms = SYNONYM_GROUPS.flat().map((t) => t.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('words that match nothing', () => {
  it('ranks offers matching most words and names the words that matched', async () => {
    const page = await search({ q: 'iphone 15 case' });
    expect(page.interpretation?.partial).toEqual({ matched: 'phone case', unmatched: ['15'] });
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) expect(category(item.categoryId)).toBe('Phone Cases');
  });

  it('falls back within the filters, and says nothing when every word matched', async () => {
    const page = await search({ q: 'summer dress', maxMoq: 5 });
    expect(page.interpretation?.partial?.matched).toBe('dress');
    for (const item of page.items) expect(item.moq).toBeLessThanOrEqual(5);
    expect((await search({ q: 'maxi dress' })).interpretation).toBeUndefined();
  });
});

describe('ranking: the category is the thing searched', () => {
  it('jewellery → jewellery before jewellery boxes', async () => {
    const ids = await categoriesOf('jewellery');
    for (const id of ids) expect(id.startsWith('11301')).toBe(true);
    const all = (await search({ q: 'jewellery', pageSize: 50 })).items;
    const box = all.findIndex((i) => /Jewellery Box/.test(i.title));
    const necklace = all.findIndex((i) => i.categoryId.startsWith('11301'));
    expect(necklace).toBe(0);
    if (box >= 0) expect(box).toBeGreaterThan(10);
  });

  it('packaging box → boxes before lunch boxes', async () => {
    const { items } = await search({ q: 'packaging box', pageSize: 50 });
    const lunch = items.findIndex((i) => /Lunch Box/.test(i.title));
    const boxes = items.findIndex((i) => /Mailer Box|Moving Box|Carton|Gift Box/.test(i.title));
    expect(boxes).toBe(0);
    expect(lunch === -1 || lunch > 10).toBe(true);
  });
});

describe('judged buyer queries', () => {
  it('meet the quality targets at the default catalog size', async () => {
    const quality = await measureQuality(provider);
    expect(JUDGED.length).toBeGreaterThanOrEqual(60);
    expect(quality.zeroResults).toEqual([]);
    const below = quality.perQuery.filter((q) => q.precision < 0.95);
    expect(quality.precisionAt10, JSON.stringify(below, null, 1)).toBeGreaterThanOrEqual(0.95);
  });
});
