/**
 * The mock implementation of the catalog provider interface.
 */
import type { CatalogProvider } from '@/lib/domain/provider';
import type { Category, Product, SearchPage, SearchQuery } from '@/lib/domain/schemas';
import type { MockCatalog } from './catalog';

export function createMockProvider(catalog: MockCatalog): CatalogProvider {
  return {
    source: 'mock',
    async search(query: SearchQuery): Promise<SearchPage> {
      const offset = (query.page - 1) * query.pageSize;
      let category: { level: 1 | 2 | 3; id: number } | undefined;
      if (query.category) {
        const found = catalog.tree.byId.get(query.category);
        if (!found)
          return { items: [], total: 0, page: query.page, pageSize: query.pageSize, totalPages: 0 };
        category = { level: found.level, id: Number(query.category) };
      }
      const { total, docs, interpretation } = catalog.index.search({
        q: query.q,
        exact: query.exact,
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
        ...(interpretation ? { interpretation } : {}),
      };
    },
    async getProduct(id: string): Promise<Product | null> {
      const index = catalog.indexOfId.get(id);
      return index === undefined ? null : catalog.product(index);
    },
    async getCategories(): Promise<Category[]> {
      return catalog.tree.roots;
    },
  };
}
