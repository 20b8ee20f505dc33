/**
 * The catalog layer's public face: what pages and route handlers call, whichever provider
 * serves (see seam.ts). Answers carry their source, when they were fetched and whether they
 * are stale; seller HTML is sanitized here, so no page ever sees it raw.
 */
import 'server-only';
import { invalidRequest, notFound } from '@/lib/domain/errors';
import { parsePastedLink, pastedLinkMessage } from '@/lib/domain/links';
import {
  type Category,
  type Product,
  productSummary,
  type SearchPage,
  type SearchQuery,
  type Suggestions,
  type Supplier,
} from '@/lib/domain/schemas';
import { readConfig } from './config';
import { searchByImage } from './images';
import { type CatalogResult, cached, currentProvider, getMockCatalog } from './seam';
import { sanitizeDescription } from './sanitize';

export { expiredImage, getSearchImage, type StoredImage, uploadSearchImage } from './images';
export {
  type CatalogResult,
  decideSource,
  getDataSource,
  getLiveContext,
  getMockCatalog,
  type SourceDecision,
} from './seam';

/**
 * A keyword search, or an image search when the query names an uploaded picture. A pasted 1688 offer link answers with that offer (a 404 if it is not in
 * the catalog); a link pifa cannot open (another marketplace, a 1688 short link) is an invalid
 * request that says why: pages show that message before searching.
 */
export async function searchProducts(query: SearchQuery): Promise<CatalogResult<SearchPage>> {
  if (query.image) return searchByImage(query);
  const link = query.q ? parsePastedLink(query.q) : null;
  if (link?.kind === 'offer') return linkedOffer(link.offerId, query);
  if (link) {
    const { title, detail } = pastedLinkMessage(link);
    throw invalidRequest('q', `q is ${title.replace(/^This is /, '')}. ${detail}`);
  }
  return cached('search', { ...query }, (p) => p.search(query));
}

async function linkedOffer(id: string, query: SearchQuery): Promise<CatalogResult<SearchPage>> {
  const result = await getProduct(id);
  if (!result.data) throw notFound(`No offer with the id ${id} (from the pasted link) is on 1688.`);
  const items = query.page === 1 ? [productSummary.parse(result.data)] : [];
  const page = { items, total: 1, page: query.page, pageSize: query.pageSize, totalPages: 1 };
  return { ...result, data: { ...page, interpretation: { offerId: id } } };
}

export async function getProduct(id: string): Promise<CatalogResult<Product | null>> {
  const result = await cached('product', id, (p) => p.getProduct(id));
  const product = result.data;
  return {
    ...result,
    data: product
      ? { ...product, description: sanitizeDescription(product.description, result.source) }
      : null,
  };
}

export async function getCategories(): Promise<CatalogResult<Category[]>> {
  return cached('categories', 'tree', (p) => p.getCategories());
}

/** Typeahead for what is being typed (computed in memory: no 1688 call of its own). */
export async function suggest(q: string): Promise<CatalogResult<Suggestions>> {
  const { provider } = currentProvider();
  const suggestions = q.trim() ? await provider.suggest(q) : [];
  return {
    data: { q, suggestions },
    source: provider.source,
    fetchedAt: new Date().toISOString(),
    stale: false,
  };
}

export async function getSupplier(id: string): Promise<CatalogResult<Supplier | null>> {
  return cached('supplier', id, (p) => p.getSupplier(id));
}

/** A supplier's offers, searched within the shop. */
export async function searchSupplierOffers(
  id: string,
  query: SearchQuery,
): Promise<CatalogResult<SearchPage>> {
  return cached('search', { ...query, supplier: id }, (p) => p.searchSupplier(id, query));
}

export function getDisplayRates() {
  return readConfig().rates;
}

/**
 * The offers pifa can list for search engines without calling 1688: every offer of the mock
 * catalog; in live mode only those already held (opened, or seen in a search), since every
 * crawled offer would otherwise cost a call.
 */
export function knownOfferIds(): string[] {
  const { live } = currentProvider();
  if (!live) return getMockCatalog().summaries.map((s) => s.id);
  const ids = new Set<string>();
  for (const value of live.cache.values('product')) {
    if (value && typeof value === 'object' && 'id' in value) ids.add(String(value.id));
  }
  for (const value of live.cache.values('search')) {
    for (const item of (value as SearchPage | null)?.items ?? []) ids.add(item.id);
  }
  return [...ids];
}
