/**
 * The whole mock catalog for one seed and size: category tree, suppliers, offer summaries and
 * the search index. Full product detail is regenerated on demand from the same seed.
 */
import type { Product, ProductSummary } from '@/lib/domain/schemas';
import { buildCategoryTree, type LeafInfo, type MockTree, TOP_CATEGORIES } from './categories';
import type { IndexDoc, NamePair } from './index-fields';
import { generateOfferCore, generateProduct, type OfferContext } from './offers';
import { SearchIndex } from './search-index';
import { generateSuppliers, type MockSupplier } from './suppliers';

export const DEFAULT_CATALOG_SIZE = 5_000;
export const MAX_CATALOG_SIZE = 100_000;
export const DEFAULT_SEED = 1688;

export type MockCatalog = {
  seed: number;
  tree: MockTree;
  suppliers: MockSupplier[];
  summaries: ProductSummary[];
  index: SearchIndex;
  indexOfId: Map<string, number>;
  product(index: number): Product;
};

/** The product noun a title was made with: the longest of its category's nouns it contains. */
export function nounOf(leaf: LeafInfo, title: string): NamePair {
  let best = leaf.nouns[0]!;
  for (const noun of leaf.nouns) {
    if (title.includes(noun.en) && (!title.includes(best.en) || noun.en.length > best.en.length))
      best = noun;
  }
  return best;
}

export function generateCatalog(options: { seed?: number; size?: number } = {}): MockCatalog {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? DEFAULT_CATALOG_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_CATALOG_SIZE) {
    throw new RangeError(`mock catalog size must be 1–${MAX_CATALOG_SIZE}, got ${size}`);
  }
  const tree = buildCategoryTree();
  const suppliers = generateSuppliers(seed, TOP_CATEGORIES);
  const suppliersByTop = TOP_CATEGORIES.map((_, ti) => suppliers.filter((s) => s.topIndex === ti));
  const ctx: OfferContext = { seed, leaves: tree.leaves, suppliersByTop };

  const summaries: ProductSummary[] = new Array(size);
  const indexOfId = new Map<string, number>();
  const supplierIndex = new Map(suppliers.map((s, i) => [s.id, i]));
  const docs: IndexDoc[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const core = generateOfferCore(ctx, i);
    summaries[i] = core.summary;
    indexOfId.set(core.summary.id, i);
    const [top, mid, leaf] = core.leaf.names as [NamePair, NamePair, NamePair];
    docs[i] = {
      title: core.summary.title,
      titleZh: core.summary.titleZh,
      noun: nounOf(core.leaf, core.summary.title),
      categories: [top, mid, leaf],
      supplier: `${core.supplier.name} ${core.supplier.nameZh}`,
      supplierIndex: supplierIndex.get(core.supplier.id)!,
      minPrice: core.summary.price.min,
      moq: core.summary.moq,
      sales: core.summary.sales30d,
      createdAt: core.createdAt,
      isFactory: core.summary.isFactory,
      shipsIn48h: core.summary.shipsIn48h,
      onePiece: core.summary.onePiece === true,
      categoryPath: core.leaf.path.map(Number) as [number, number, number],
    };
  }
  const index = new SearchIndex(docs);
  return {
    seed,
    tree,
    suppliers,
    summaries,
    index,
    indexOfId,
    product: (i) => generateProduct(ctx, i),
  };
}
