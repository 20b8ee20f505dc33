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
  Suggestion,
  Supplier,
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
  /** Typeahead: searches and categories for what is being typed. */
  suggest(q: string): Promise<Suggestion[]>;
  /** A supplier's profile; null when no supplier has this id. */
  getSupplier(id: string): Promise<Supplier | null>;
  /** A supplier's offers, searched, filtered, sorted and paged like any search. */
  searchSupplier(id: string, query: SearchQuery): Promise<SearchPage>;
  /** Hands a picture (a JPEG) to the backend; what it answers names the picture in searchByImage. */
  uploadImage(jpeg: Uint8Array): Promise<string>;
  /** Offers that look like the picture, filtered, sorted and paged like any search. */
  searchByImage(image: { ref: string; jpeg: Uint8Array }, query: SearchQuery): Promise<SearchPage>;
}
