/**
 * What each catalog page needs, loaded in one place: the pages call these, and so does the
 * quota benchmark (scripts/bench-quota.ts), so that the calls it counts per page view are the
 * calls a page view makes. Each takes the catalog service (the server's by default).
 */
import 'server-only';
import { parsePastedLink } from '@/lib/domain/links';
import { searchQuery, type SearchQuery } from '@/lib/domain/schemas';
import { catalogService } from './index';
import type { CatalogService } from './service';

/** The home page's trending offers. */
export const TRENDING = searchQuery.parse({ sort: 'sales', pageSize: 12 });

export async function homePageData(catalog: CatalogService = catalogService()) {
  const [categories, trending] = await Promise.all([
    catalog.getTopCategories(),
    catalog.searchProducts(TRENDING),
  ]);
  return { categories, trending };
}

export async function categoriesPageData(catalog: CatalogService = catalogService()) {
  return catalog.getCategoryTree();
}

/**
 * A search or category page: the search as the serving provider can do it, its results, and
 * the category (its path and subcategories), or the top level when no category is chosen. A
 * pasted link that is not a 1688 offer is answered with what it is (`link`), not searched for.
 */
export async function searchPageData(
  asked: SearchQuery,
  catalog: CatalogService = catalogService(),
) {
  const query = catalog.supportedQuery(asked);
  const pasted = query.q && !query.image ? parsePastedLink(query.q) : null;
  const link = pasted && pasted.kind !== 'offer' ? pasted : null;
  const [results, category, roots] = await Promise.all([
    link ? null : catalog.searchProducts(query),
    query.category ? catalog.getCategory(query.category) : null,
    query.category ? null : catalog.getTopCategories(),
  ]);
  return {
    query,
    capabilities: catalog.capabilities(),
    results,
    link,
    path: category?.data?.path ?? [],
    subcategories: category ? (category.data?.children ?? []) : (roots?.data ?? []),
  };
}

/** A product page: the product (null when there is none) and the way down to its category. */
export async function productPageData(id: string, catalog: CatalogService = catalogService()) {
  const result = await catalog.getProduct(id);
  const product = result.data;
  // The breadcrumb is a convenience: a category that cannot be read leaves it out.
  const category = product?.categoryId
    ? await catalog.getCategory(product.categoryId).catch(() => null)
    : null;
  return { result, path: category?.data?.path ?? [] };
}
