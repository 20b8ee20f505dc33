/**
 * What the catalog answers, for whichever provider serves: searches (checked against what the
 * provider can do), products, an offer's fresh price and stock, and categories node by node.
 * Live answers go through the catalog cache (keyed by kind and normalized parameters); the
 * mock catalog is in memory already and answers directly. Built from a function that names the
 * serving backend, so that the server (lib/catalog/index.ts) and a benchmark replaying a day
 * against its own clock call exactly the same code.
 */
import 'server-only';
import { type Capabilities, restrictQuery, unsupportedParam } from '@/lib/domain/capabilities';
import { invalidRequest } from '@/lib/domain/errors';
import { type OfferState, toOfferState } from '@/lib/domain/offer-state';
import type { CatalogProvider } from '@/lib/domain/provider';
import type {
  Category,
  CategoryView,
  DataSource,
  Product,
  SearchPage,
  SearchQuery,
} from '@/lib/domain/schemas';
import { type CacheKind, cacheKey } from './cache';
import type { LiveContext } from './live';
import { sanitizeDescription } from './sanitize';

export type CatalogBackend = { provider: CatalogProvider; live: LiveContext | null };

/**
 * What the catalog answers: the data, where it came from, and when it was fetched; `stale` is
 * true when a cached copy is served because it is being refreshed or because 1688 failed.
 */
export type CatalogResult<T> = { data: T; source: DataSource; fetchedAt: string; stale: boolean };

const LABELS: Record<DataSource, string> = { live: 'live 1688', mock: 'mock' };

export function createCatalogService(backend: () => CatalogBackend) {
  async function cached<T>(
    kind: CacheKind,
    params: Record<string, unknown> | string,
    load: (p: CatalogProvider) => Promise<T>,
  ): Promise<CatalogResult<T>> {
    const { provider, live } = backend();
    if (!live) {
      const data = await load(provider);
      return { data, source: provider.source, fetchedAt: new Date().toISOString(), stale: false };
    }
    const result = await live.cache.get(kind, cacheKey('live', kind, params), () => load(provider));
    return {
      data: result.value,
      source: 'live',
      fetchedAt: new Date(result.fetchedAt).toISOString(),
      stale: result.stale,
    };
  }

  /** Categories are kept by the provider itself (live: node by node, across restarts). */
  async function direct<T>(load: (p: CatalogProvider) => Promise<T>): Promise<CatalogResult<T>> {
    const { provider } = backend();
    const data = await load(provider);
    return { data, source: provider.source, fetchedAt: new Date().toISOString(), stale: false };
  }

  const service = {
    capabilities(): Capabilities {
      return backend().provider.capabilities;
    },

    /** For the JSON API: a search the serving provider cannot do is a 400 that says so. */
    assertSupported(query: SearchQuery): void {
      const { provider } = backend();
      const problem = unsupportedParam(query, provider.capabilities, LABELS[provider.source]);
      if (problem) throw invalidRequest(problem.param, problem.message);
    },

    /** For pages: what the serving provider cannot do is dropped (a shared link still works). */
    supportedQuery(query: SearchQuery): SearchQuery {
      return restrictQuery(query, backend().provider.capabilities);
    },

    async searchProducts(query: SearchQuery): Promise<CatalogResult<SearchPage>> {
      service.assertSupported(query);
      return cached('search', { ...query }, (p) => p.search(query));
    },

    async getProduct(id: string): Promise<CatalogResult<Product | null>> {
      const result = await cached('product', id, (p) => p.getProduct(id));
      const product = result.data;
      return {
        ...result,
        data: product
          ? { ...product, description: sanitizeDescription(product.description, result.source) }
          : null,
      };
    },

    /**
     * Price, stock and availability as 1688 gives them now (at most a minute old), for when the
     * buyer acts on them. The product fetched for it also refreshes the cached product.
     */
    async getOfferState(id: string): Promise<CatalogResult<OfferState | null>> {
      const { live } = backend();
      // The product itself may have been fetched within the last minute: then it is fresh enough.
      const recent = live?.cache.peek<Product | null>(
        cacheKey('live', 'product', id),
        live.cache.policy('offer').ttlMs,
      );
      if (recent) {
        const fetchedAt = new Date(recent.fetchedAt).toISOString();
        const data = recent.value ? toOfferState(recent.value, fetchedAt) : null;
        return { data, source: 'live', fetchedAt, stale: false };
      }
      const result = await cached('offer', id, async (p) => {
        const product = await p.getProduct(id);
        await live?.cache.put('product', cacheKey('live', 'product', id), product);
        return product;
      });
      return { ...result, data: result.data ? toOfferState(result.data, result.fetchedAt) : null };
    },

    getTopCategories(): Promise<CatalogResult<Category[]>> {
      return direct((p) => p.getTopCategories());
    },

    getCategory(id: string): Promise<CatalogResult<CategoryView | null>> {
      return direct((p) => p.getCategory(id));
    },

    /** The top level with each one's subcategories: the tree as the categories page lists it. */
    getCategoryTree(): Promise<CatalogResult<Category[]>> {
      return direct(async (p) => {
        const roots = await p.getTopCategories();
        const views = await Promise.all(roots.map((r) => p.getCategory(r.id)));
        return roots.map((r, i) => ({ ...r, children: views[i]?.children ?? [] }));
      });
    },
  };
  return service;
}

export type CatalogService = ReturnType<typeof createCatalogService>;
