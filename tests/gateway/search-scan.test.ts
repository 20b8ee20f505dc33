import { describe, expect, it } from 'vitest';
import {
  FULL_CAPABILITIES,
  localFiltersOf,
  restrictQuery,
  unsupportedParam,
} from '@/lib/domain/capabilities';
import { type ProductSummary, searchQuery } from '@/lib/domain/schemas';
import {
  collectPage,
  LIVE_CAPABILITIES,
  MAX_SCAN_PAGES,
  roughly,
  scanPage,
} from '@/lib/gateway/search';
import type { SearchRead } from '@/lib/gateway/shapes';

const offer = (i: number): ProductSummary => ({
  id: String(1000 + i),
  title: `Offer ${i}`,
  titleZh: '',
  image: '',
  price: { min: 1, max: 1, currency: 'CNY' },
  moq: i % 3 === 0 ? 2 : 50,
  unit: 'piece',
  sales30d: 0,
  categoryId: '',
  supplier: { id: 's', name: 's', location: '' },
  isFactory: false,
  shipsIn48h: false,
});

/** An upstream of `total` offers in pages of 20; every third one has a MOQ of 2. */
function upstream(total: number, drop: (i: number) => boolean = () => false) {
  const reads: number[] = [];
  const fetchPage = async (page: number): Promise<SearchRead> => {
    reads.push(page);
    const from = (page - 1) * 20;
    const slots = Array.from({ length: Math.max(0, Math.min(20, total - from)) }, (_, k) =>
      drop(from + k) ? null : offer(from + k),
    );
    const shown = slots.filter((s) => s !== null).length;
    return { total, slots, rows: slots.length, unavailable: 0, failed: slots.length - shown };
  };
  return { reads, fetchPage };
}

const lowMoq = (s: ProductSummary) => s.moq <= 5;

describe('a filter pifa applies itself', () => {
  it('fills the page from further upstream pages and says the count is an estimate', async () => {
    const up = upstream(452);
    const page = await scanPage(up.fetchPage, lowMoq, 1, 20);
    expect(page.items).toHaveLength(20);
    expect(page.items.every(lowMoq)).toBe(true);
    expect(up.reads).toEqual([1, 2, 3]);
    expect(page.approximate).toBe(true);
    // 20 of 60 rows pass: about a third of 1688's 452.
    expect(page.total).toBe(150);
    expect(page.totalPages).toBe(8);
    expect(page.reachable).toBeUndefined();
  });

  it('is exact when upstream runs out, and never counts offers it hides', async () => {
    const up = upstream(45);
    const page = await scanPage(up.fetchPage, lowMoq, 1, 20);
    expect(page).toMatchObject({ total: 15, totalPages: 1 });
    expect(page.approximate).toBeUndefined();
    expect(page.items).toHaveLength(15);
  });

  it('reads at most MAX_SCAN_PAGES and says how far one can page', async () => {
    const up = upstream(10_000);
    const page = await scanPage(up.fetchPage, (s) => Number(s.id) % 50 === 0, 2, 20);
    expect(up.reads).toHaveLength(MAX_SCAN_PAGES);
    expect(page).toMatchObject({ approximate: true, reachable: 4, totalPages: 1, items: [] });
    expect(page.total).toBe(200);
  });

  it('later pages re-read earlier upstream pages (which the catalog keeps) and continue', async () => {
    const up = upstream(452);
    const second = await scanPage(up.fetchPage, lowMoq, 2, 20);
    expect(second.items.map((i) => i.id)[0]).toBe('1060');
    expect(up.reads).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('rows left out of an unfiltered page', () => {
  it('make the total an estimate instead of 1688’s count', async () => {
    const up = upstream(452, (i) => i % 10 === 3);
    const page = await collectPage(up.fetchPage, 1, 20);
    expect(page.items).toHaveLength(18);
    expect(page).toMatchObject({ approximate: true, total: 410 });
    const clean = await collectPage(upstream(452).fetchPage, 1, 20);
    expect(clean).toMatchObject({ total: 452, totalPages: 23 });
    expect(clean.approximate).toBeUndefined();
  });

  it('roughly keeps two significant digits', () => {
    expect([8, 99, 123, 4567, 150_321].map(roughly)).toEqual([8, 99, 120, 4600, 150_000]);
  });
});

describe('capabilities', () => {
  const q = (p: Record<string, unknown>) => searchQuery.parse(p);

  it('live: no "newest" sort, MOQ applied locally, the rest upstream', () => {
    expect(LIVE_CAPABILITIES.sorts).not.toContain('newest');
    expect(localFiltersOf(q({ maxMoq: 5, factoryOnly: true }), LIVE_CAPABILITIES)).toEqual([
      'maxMoq',
    ]);
    expect(unsupportedParam(q({ sort: 'newest' }), LIVE_CAPABILITIES, 'live 1688')).toEqual({
      param: 'sort',
      message:
        'sort=newest is not supported by the live 1688 catalog; use one of relevance, price_asc, price_desc, sales',
    });
    expect(unsupportedParam(q({ sort: 'sales', maxMoq: 3 }), LIVE_CAPABILITIES, 'x')).toBeNull();
  });

  it('pages drop what the provider cannot do', () => {
    expect(restrictQuery(q({ q: 'cup', sort: 'newest' }), LIVE_CAPABILITIES).sort).toBe(
      'relevance',
    );
    const none = { sorts: ['relevance' as const], filters: {} };
    const restricted = restrictQuery(q({ maxMoq: 5, factoryOnly: true, minPrice: 2 }), none);
    expect(restricted.factoryOnly).toBe(false);
    expect(restricted).not.toHaveProperty('maxMoq');
    expect(restricted).not.toHaveProperty('minPrice');
    expect(unsupportedParam(q({ factoryOnly: true }), none, 'x')?.param).toBe('factoryOnly');
    expect(
      unsupportedParam(q({ sort: 'newest', maxMoq: 2 }), FULL_CAPABILITIES, 'mock'),
    ).toBeNull();
  });
});
