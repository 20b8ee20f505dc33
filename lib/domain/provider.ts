/**
 * What a catalog backend must offer. The mock catalog and the live 1688 gateway both
 * implement it; nothing above lib/catalog knows which one is serving.
 */
import type { Category, DataSource, Product, SearchPage, SearchQuery } from './schemas';

export interface CatalogProvider {
  readonly source: DataSource;
  search(query: SearchQuery): Promise<SearchPage>;
  /** null when no offer has this id. */
  getProduct(id: string): Promise<Product | null>;
  getCategories(): Promise<Category[]>;
}
