import { describe, expect, it, vi } from 'vitest';
import { GET as sitemapRoute } from '@/app/sitemap.xml/route';
import { GET as sitemapFileRoute } from '@/app/sitemaps/[file]/route';
import type { Category } from '@/lib/domain/schemas';
import { sitemapEntries } from '../setup/sitemap';

// More offers than one file holds once every page is listed in four languages:
// 13,000 offers are 52,000 <url> elements before the categories are counted.
const OFFERS = 13_000;
vi.mock('@/lib/catalog', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/catalog')>()),
  knownOfferIds: () => Array.from({ length: OFFERS }, (_, i) => String(600_000_000_000 + i)),
  listedCategories: async () => [{ id: '1' }, { id: '2' }] as Category[],
}));

const file = async (name: string) =>
  sitemapFileRoute(new Request(`http://x/sitemaps/${name}`), {
    params: Promise.resolve({ file: name }),
  });

describe('a sitemap past 50,000 URLs', () => {
  it('is an index of files of at most 50,000 <url> elements, every language version counted', async () => {
    const index = await (await sitemapRoute(new Request('http://x/sitemap.xml'))).text();
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(files).toEqual([
      'http://localhost:3000/sitemaps/1.xml',
      'http://localhost:3000/sitemaps/2.xml',
    ]);

    const firstXml = await (await file('1.xml')).text();
    // Search engines also take at most 50 MB per file.
    expect(new TextEncoder().encode(firstXml).length).toBeLessThan(50 * 1024 * 1024);
    const first = sitemapEntries(firstXml);
    const second = sitemapEntries(await (await file('2.xml')).text());
    expect(first).toHaveLength(50_000);
    // Home, the category list, two categories and the offers, four languages each.
    expect(first.length + second.length).toBe((2 + 2 + OFFERS) * 4);
    expect(new Set([...first, ...second].map((e) => e.loc)).size).toBe(
      first.length + second.length,
    );
    expect([...first, ...second].every((e) => Object.keys(e.alternates).length === 5)).toBe(true);
    expect((await file('3.xml')).status).toBe(404);
  });
});
