/**
 * The mock implementation of the catalog provider interface: its index sorts and filters
 * everything itself, and its whole category tree is in memory.
 */
import { FULL_CAPABILITIES } from '@/lib/domain/capabilities';
import { shallowCategory } from '@/lib/domain/categories';
import type { CatalogProvider } from '@/lib/domain/provider';
import type {
  Category,
  CategoryView,
  Product,
  SearchPage,
  SearchQuery,
  Suggestion,
  Supplier,
} from '@/lib/domain/schemas';
import type { MockCatalog } from './catalog';
import type { IndexQuery, IndexResult } from './search-index';
import { mockSuggester } from './suggestions';
import { publicSupplier } from './suppliers';
import { visualSearch } from './visual-search';

export function createMockProvider(catalog: MockCatalog): CatalogProvider {
  const supplierIndex = new Map(catalog.suppliers.map((s, i) => [s.id, i]));
  const empty = (query: SearchQuery): SearchPage => ({
    items: [],
    total: 0,
    page: query.page,
    pageSize: query.pageSize,
    totalPages: 0,
  });

  /** The index's reading of a search; null when its category does not exist. */
  function indexQuery(query: SearchQuery): IndexQuery | null {
    let category: IndexQuery['category'];
    if (query.category) {
      const found = catalog.tree.byId.get(query.category);
      if (!found) return null;
      category = { level: found.level, id: Number(query.category) };
    }
    return {
      q: query.q,
      exact: query.exact,
      sort: query.sort,
      category,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      maxMoq: query.maxMoq,
      factoryOnly: query.factoryOnly,
      shipsIn48h: query.shipsIn48h,
      onePiece: query.onePiece,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    };
  }

  function toPage(query: SearchQuery, { total, docs, interpretation }: IndexResult): SearchPage {
    return {
      items: docs.map((d) => catalog.summaries[d]!),
      total,
      page: query.page,
      pageSize: query.pageSize,
      totalPages: Math.ceil(total / query.pageSize),
      ...(interpretation ? { interpretation } : {}),
    };
  }

  return {
    source: 'mock',
    capabilities: FULL_CAPABILITIES,
    async search(query: SearchQuery): Promise<SearchPage> {
      const q = indexQuery(query);
      return q ? toPage(query, catalog.index.search(q)) : empty(query);
    },
    async getProduct(id: string): Promise<Product | null> {
      const index = catalog.indexOfId.get(id);
      return index === undefined ? null : catalog.product(index);
    },
    async getTopCategories(): Promise<Category[]> {
      return catalog.tree.roots.map(shallowCategory);
    },
    async getCategory(id: string): Promise<CategoryView | null> {
      const found = catalog.tree.byId.get(id);
      if (!found) return null;
      const path = found.path.map((p) => shallowCategory(catalog.tree.byId.get(p)!.category));
      return { path, children: found.category.children.map(shallowCategory) };
    },
    async suggest(q: string): Promise<Suggestion[]> {
      return mockSuggester(catalog).suggest(q);
    },
    async getSupplier(id: string): Promise<Supplier | null> {
      const index = supplierIndex.get(id);
      return index === undefined ? null : publicSupplier(catalog.suppliers[index]!);
    },
    async searchSupplier(id: string, query: SearchQuery): Promise<SearchPage> {
      const supplier = supplierIndex.get(id);
      const q = indexQuery(query);
      if (supplier === undefined || !q) return empty(query);
      return toPage(query, catalog.index.search({ ...q, supplier }));
    },
    async uploadImage(jpeg: Uint8Array): Promise<string> {
      return visualSearch(catalog).remember(jpeg);
    },
    async searchByImage(image, query): Promise<SearchPage> {
      const q = indexQuery(query);
      if (!q) return empty(query);
      const { docs, scores } = await visualSearch(catalog).match(image.ref, image.jpeg);
      return toPage(query, catalog.index.rank(docs, scores, q));
    },
  };
}
