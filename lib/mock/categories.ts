/**
 * The mock category tree (three levels, Chinese and English names) built from the
 * vocabulary tables, with numeric ids that encode the path: 101 → 10101 → 1010101.
 */
import type { Category } from '@/lib/domain/schemas';
import { CATEGORIES_A } from './data/categories-a';
import { CATEGORIES_B } from './data/categories-b';
import type { TopCategoryDef } from './data/types';
import { splitList, splitPair } from './random';

export type LeafInfo = {
  id: string;
  /** Ids from the top level down to this leaf. */
  path: [string, string, string];
  top: TopCategoryDef;
  topIndex: number;
  names: { zh: string; en: string }[];
  nouns: { zh: string; en: string }[];
  /** The top category's title modifiers, parsed once and shared by its leaves. */
  modifiers: { zh: string; en: string }[];
  /** Typical first-tier unit price range in CNY. */
  price: [number, number];
};

export type MockTree = {
  roots: Category[];
  leaves: LeafInfo[];
  byId: Map<string, { category: Category; level: 1 | 2 | 3; path: string[] }>;
};

export const TOP_CATEGORIES: TopCategoryDef[] = [...CATEGORIES_A, ...CATEGORIES_B];

export function buildCategoryTree(): MockTree {
  const roots: Category[] = [];
  const leaves: LeafInfo[] = [];
  const byId: MockTree['byId'] = new Map();
  TOP_CATEGORIES.forEach((top, ti) => {
    const topNames = splitPair(top.pair);
    const modifiers = splitList(top.modifiers);
    const topId = String(101 + ti);
    const root: Category = { id: topId, name: topNames.en, nameZh: topNames.zh, children: [] };
    byId.set(topId, { category: root, level: 1, path: [topId] });
    Object.entries(top.children).forEach(([midKey, leafDefs], mi) => {
      const [midPair = '', band] = midKey.split('@');
      const midNames = splitPair(midPair);
      const price = band ? (band.split('-').map(Number) as [number, number]) : top.price;
      const midId = `${topId}${String(mi + 1).padStart(2, '0')}`;
      const mid: Category = { id: midId, name: midNames.en, nameZh: midNames.zh, children: [] };
      byId.set(midId, { category: mid, level: 2, path: [topId, midId] });
      Object.entries(leafDefs).forEach(([leafPair, nouns], li) => {
        const leafNames = splitPair(leafPair);
        const leafId = `${midId}${String(li + 1).padStart(2, '0')}`;
        const leaf: Category = {
          id: leafId,
          name: leafNames.en,
          nameZh: leafNames.zh,
          children: [],
        };
        byId.set(leafId, { category: leaf, level: 3, path: [topId, midId, leafId] });
        mid.children.push(leaf);
        leaves.push({
          id: leafId,
          path: [topId, midId, leafId],
          top,
          topIndex: ti,
          names: [topNames, midNames, leafNames],
          nouns: splitList(nouns),
          modifiers,
          price,
        });
      });
      root.children.push(mid);
    });
    roots.push(root);
  });
  return { roots, leaves, byId };
}
