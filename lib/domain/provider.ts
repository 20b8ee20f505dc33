/**
 * What a catalog backend must offer. The mock catalog and the live 1688 gateway both
 * implement it; nothing above lib/catalog knows which one is serving. Each declares what it
 * can do with a search (lib/domain/capabilities.ts), and categories are read one node at a
 * time: the top level, then a category's subcategories when a buyer opens it.
 */
import type { Capabilities } from './capabilities';
import type {
  Category,
  CategoryView,
  DataSource,
  Product,
  SearchPage,
  SearchQuery,
} from './schemas';

export interface CatalogProvider {
  readonly source: DataSource;
  readonly capabilities: Capabilities;
  /** Only what `capabilities` declares; lib/catalog refuses or drops the rest first. */
  search(query: SearchQuery): Promise<SearchPage>;
  /** null when no offer has this id. */
  getProduct(id: string): Promise<Product | null>;
  /** The top level of the tree, each with `children: []`. */
  getTopCategories(): Promise<Category[]>;
  /** A category with the way down to it and its subcategories; null when there is none. */
  getCategory(id: string): Promise<CategoryView | null>;
}
