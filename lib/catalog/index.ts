/**
 * The catalog layer's public face: what pages and route handlers call, whichever provider
 * serves (see seam.ts). Answers carry their source, when they were fetched and whether they
 * are stale; seller HTML is sanitized in the service, so no page ever sees it raw.
 */
import 'server-only';
import type { Category, SearchPage } from '@/lib/domain/schemas';
import { readConfig } from './config';
import { type Locale, UPSTREAM_LANGUAGE } from '@/lib/domain/locales';
import { backendIn, currentProvider, getMockCatalog } from './seam';
import { type CatalogService, createCatalogService } from './service';

export { expiredImage, getSearchImage, type StoredImage, uploadSearchImage } from './images';
export type { CatalogResult } from './result';
export {
  decideSource,
  getDataSource,
  getLiveContext,
  getMockCatalog,
  type SourceDecision,
} from './seam';
export type { CatalogService };

const service = createCatalogService(currentProvider);

/** What the serving provider can do with a search (sorts, and filters upstream or local). */
export const getCapabilities = service.capabilities;
export const assertSupported = service.assertSupported;
export const supportedQuery = service.supportedQuery;
export const searchProducts = service.searchProducts;
export const getProduct = service.getProduct;
export const getOfferState = service.getOfferState;
export const getTopCategories = service.getTopCategories;
export const getCategory = service.getCategory;
export const getCategoryTree = service.getCategoryTree;
export const suggest = service.suggest;
export const getSupplier = service.getSupplier;
export const searchSupplierOffers = service.searchSupplierOffers;

const services = new Map<string, CatalogService>([['en', service]]);

/**
 * The service itself, for page data loaders (lib/catalog/page-data.ts): in English, or in the
 * page's language (live titles asked of 1688 in that language, cached apart).
 */
export function catalogService(locale?: Locale): CatalogService {
  const language = locale ? UPSTREAM_LANGUAGE[locale] : 'en';
  let found = services.get(language);
  if (!found) {
    found = createCatalogService(() => backendIn(language));
    services.set(language, found);
  }
  return found;
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

/**
 * The categories pifa lists for search engines, every level flattened: the mock catalog's whole
 * tree; in live mode the top level and its subcategories (read once and kept across restarts,
 * so a crawler does not walk the tree at 1688's expense).
 */
export async function listedCategories(): Promise<Category[]> {
  const { live } = currentProvider();
  const roots = live ? (await getCategoryTree()).data : getMockCatalog().tree.roots;
  const flatten = (nodes: Category[]): Category[] =>
    nodes.flatMap((c) => [c, ...flatten(c.children)]);
  return flatten(roots);
}
