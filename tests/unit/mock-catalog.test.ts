import { describe, expect, it } from 'vitest';
import { countCategories } from '@/lib/domain/categories';
import { product as productSchema, productSummary } from '@/lib/domain/schemas';
import { generateCatalog } from '@/lib/mock/catalog';

const catalog = generateCatalog({ seed: 1688, size: 5000 });
const sample = Array.from({ length: 400 }, (_, i) => catalog.product(i * 12));

describe('mock catalog generation', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const again = generateCatalog({ seed: 1688, size: 200 });
    const other = generateCatalog({ seed: 7, size: 200 });
    expect(again.summaries).toEqual(catalog.summaries.slice(0, 200));
    expect(again.product(42)).toEqual(catalog.product(42));
    expect(other.summaries.map((s) => s.title)).not.toEqual(again.summaries.map((s) => s.title));
  });

  it('has at least 5,000 offers with unique 12-digit ids', () => {
    expect(catalog.summaries).toHaveLength(5000);
    const ids = new Set(catalog.summaries.map((s) => s.id));
    expect(ids.size).toBe(5000);
    for (const id of ids) expect(id).toMatch(/^\d{12}$/);
  });

  it('rejects sizes outside 1–100,000', () => {
    expect(() => generateCatalog({ size: 0 })).toThrow(RangeError);
    expect(() => generateCatalog({ size: 100_001 })).toThrow(RangeError);
  });

  it('has a three-level tree of at least 12 top-level categories with both names', () => {
    const roots = catalog.tree.roots;
    expect(roots.length).toBeGreaterThanOrEqual(12);
    expect(roots.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        "Women's Clothing",
        'Consumer Electronics',
        'Toys',
        'Packaging',
        'Hardware & Tools',
      ]),
    );
    for (const top of roots) {
      expect(top.nameZh).toMatch(/\p{Script=Han}/u);
      expect(top.children.length).toBeGreaterThan(0);
      for (const mid of top.children) {
        expect(mid.children.length).toBeGreaterThan(0);
        for (const leaf of mid.children) expect(leaf.children).toEqual([]);
      }
    }
    expect(countCategories(roots)).toBeGreaterThan(150);
  });

  it('has at least 300 suppliers with Chinese and English names, place, badges and scores', () => {
    expect(catalog.suppliers.length).toBeGreaterThanOrEqual(300);
    expect(new Set(catalog.suppliers.map((s) => s.id)).size).toBe(catalog.suppliers.length);
    for (const s of catalog.suppliers) {
      expect(s.nameZh).toMatch(/\p{Script=Han}/u);
      expect(s.name).toMatch(/^[A-Z][\w’ ,.&-]+$/);
      expect(s.province && s.city).toBeTruthy();
      expect(s.repurchaseRate).toBeGreaterThan(0);
      if (s.badges.includes('super_factory')) expect(s.isFactory).toBe(true);
    }
    const badges = new Set(catalog.suppliers.flatMap((s) => s.badges));
    expect([...badges].sort()).toEqual(['powerful_merchant', 'super_factory', 'tp_member']);
  });

  it('titles are made of real product words, in Chinese and English', () => {
    for (const s of catalog.summaries.slice(0, 500)) {
      expect(s.titleZh).toMatch(/\p{Script=Han}/u);
      expect(s.title).toMatch(/^[A-Z0-9]/);
      expect(s.title).not.toMatch(/product \d+/i);
    }
  });

  it('every offer passes the domain schemas', () => {
    for (const s of catalog.summaries.slice(0, 1000)) productSummary.parse(s);
    for (const p of sample) productSchema.parse(p);
  });

  it('tiers fall as quantity rises and the first tier starts at the MOQ', () => {
    for (const p of sample) {
      expect(p.tiers.length).toBeGreaterThanOrEqual(1);
      expect(p.tiers.length).toBeLessThanOrEqual(3);
      expect(p.tiers[0]!.minQuantity).toBe(p.moq);
      for (let i = 1; i < p.tiers.length; i++) {
        expect(p.tiers[i]!.minQuantity).toBeGreaterThan(p.tiers[i - 1]!.minQuantity);
        expect(p.tiers[i]!.price).toBeLessThan(p.tiers[i - 1]!.price);
      }
      expect(p.moq % p.lotSize).toBe(0);
    }
  });

  it('SKU prices lie inside the offer price range and the range is what the summary says', () => {
    for (const p of sample) {
      expect(p.skus.length).toBeGreaterThan(0);
      for (const sku of p.skus) {
        expect(sku.price).toBeGreaterThanOrEqual(p.price.min);
        expect(sku.price).toBeLessThanOrEqual(p.price.max);
        expect(sku.stock).toBeGreaterThanOrEqual(0);
        expect(sku.image).toMatch(/^\/img\//);
      }
      const summary = catalog.summaries[catalog.indexOfId.get(p.id)!]!;
      expect(p.price).toEqual(summary.price);
      expect(new Set(p.skus.map((s) => s.id)).size).toBe(p.skus.length);
    }
  });

  it('offers have 3–6 local images, attributes, shipping and a 1688 link', () => {
    for (const p of sample) {
      expect(p.images.length).toBeGreaterThanOrEqual(3);
      expect(p.images.length).toBeLessThanOrEqual(6);
      for (const src of p.images) expect(src.startsWith('/img/')).toBe(true);
      expect(p.attributes.length).toBeGreaterThan(2);
      expect(p.shipping.from).toBeTruthy();
      expect(p.shipping.weightKg).toBeGreaterThan(0);
      expect(p.sourceUrl).toBe(`https://detail.1688.com/offer/${p.id}.html`);
    }
  });

  it('packs each offer in a box plausible for its weight', () => {
    for (const p of sample) {
      const d = p.shipping.dimensionsCm!;
      const volumetricKg = (d.length * d.width * d.height) / 5000;
      // A packed density of about 50–1000 kg/m³: never a feather in a crate, nor lead.
      if (p.shipping.weightKg! >= 0.1) {
        expect(volumetricKg / p.shipping.weightKg!).toBeGreaterThan(0.2);
        expect(volumetricKg / p.shipping.weightKg!).toBeLessThan(4);
      }
      expect(d.length).toBeGreaterThanOrEqual(d.width);
    }
  });

  it('sells some offers by the piece for dropshipping, at a dropship price above wholesale', () => {
    const dropship = catalog.summaries.filter((s) => s.onePiece);
    expect(dropship.length / catalog.summaries.length).toBeGreaterThan(0.1);
    expect(dropship.length / catalog.summaries.length).toBeLessThan(0.6);
    for (const s of dropship) expect(s.consignPrice).toBeGreaterThan(s.price.max);
    for (const s of catalog.summaries.filter((x) => !x.onePiece)) {
      expect(s.consignPrice).toBeUndefined();
    }
  });

  it('mixes tiered and per-SKU pricing', () => {
    const kinds = new Set(sample.map((p) => p.pricing));
    expect(kinds).toEqual(new Set(['tiered', 'per_sku']));
  });
});
