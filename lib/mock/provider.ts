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
} from '@/lib/domain/schemas';
import type { MockCatalog } from './catalog';

export function createMockProvider(catalog: MockCatalog): CatalogProvider {
  return {
    source: 'mock',
    capabilities: FULL_CAPABILITIES,
    async search(query: SearchQuery): Promise<SearchPage> {
      const offset = (query.page - 1) * query.pageSize;
      let category: { level: 1 | 2 | 3; id: number } | undefined;
      if (query.category) {
        const found = catalog.tree.byId.get(query.category);
        if (!found)
          return { items: [], total: 0, page: query.page, pageSize: query.pageSize, totalPages: 0 };
        category = { level: found.level, id: Number(query.category) };
      }
      const { total, docs } = catalog.index.search({
        q: query.q,
        sort: query.sort,
        category,
        minPrice: query.minPrice,
        maxPrice: query.maxPrice,
        maxMoq: query.maxMoq,
        factoryOnly: query.factoryOnly,
        shipsIn48h: query.shipsIn48h,
        offset,
        limit: query.pageSize,
      });
      return {
        items: docs.map((d) => catalog.summaries[d]!),
        total,
        page: query.page,
        pageSize: query.pageSize,
        totalPages: Math.ceil(total / query.pageSize),
      };
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
  };
}
