/**
 * What the catalog answers, for whichever provider serves: searches (checked against what the
 * provider can do), image searches, pasted links, products, an offer's fresh price and stock,
 * categories node by node, suppliers and their offers, and typeahead.
 * Live answers go through the catalog cache (keyed by kind and normalized parameters); the
 * mock catalog is in memory already and answers directly. Built from a function that names the
 * serving backend, so that the server (lib/catalog/index.ts) and a benchmark replaying a day
 * against its own clock call exactly the same code.
 */
import 'server-only';
import { type Capabilities, restrictQuery, unsupportedParam } from '@/lib/domain/capabilities';
import { invalidRequest, notFound } from '@/lib/domain/errors';
import { parsePastedLink } from '@/lib/domain/links';
import { pastedLinkMessage } from './pasted-link';
import { type OfferState, toOfferState } from '@/lib/domain/offer-state';
import type { CatalogProvider } from '@/lib/domain/provider';
import {
  type Category,
  type CategoryView,
  type DataSource,
  type Product,
  productSummary,
  type SearchPage,
  type SearchQuery,
  type Suggestions,
  type Supplier,
} from '@/lib/domain/schemas';
import { type CacheKind, cacheKey } from './cache';
import { expiredImage, getSearchImage, imageRefFor } from './images';
import type { LiveContext } from './live';
import type { CatalogResult } from './result';
import { sanitizeDescription } from './sanitize';

/**
 * The serving provider, live mode's context (null for the mock catalog), a key naming both, and
 * the language 1688 answers in (live titles are translated upstream; English by default).
 */
export type CatalogBackend = {
  key: string;
  provider: CatalogProvider;
  live: LiveContext | null;
  language?: string;
};

/** Live answers are kept per language: "live" for English, "live.ru" for Russian… */
function liveSource(language = 'en'): string {
  return language === 'en' ? 'live' : `live.${language}`;
}

export type { CatalogResult };

const LABELS: Record<DataSource, string> = { live: 'live 1688', mock: 'mock' };

export function createCatalogService(backend: () => CatalogBackend) {
  async function cached<T>(
    kind: CacheKind,
    params: Record<string, unknown> | string,
    load: (p: CatalogProvider) => Promise<T>,
  ): Promise<CatalogResult<T>> {
    const { provider, live, language } = backend();
    if (!live) {
      const data = await load(provider);
      return { data, source: provider.source, fetchedAt: new Date().toISOString(), stale: false };
    }
    const key = cacheKey(liveSource(language), kind, params);
    const result = await live.cache.get(kind, key, () => load(provider));
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

  async function linkedOffer(id: string, query: SearchQuery): Promise<CatalogResult<SearchPage>> {
    const result = await service.getProduct(id);
    if (!result.data)
      throw notFound(`No offer with the id ${id} (from the pasted link) is on 1688.`);
    const items = query.page === 1 ? [productSummary.parse(result.data)] : [];
    const page = { items, total: 1, page: query.page, pageSize: query.pageSize, totalPages: 1 };
    return { ...result, data: { ...page, interpretation: { offerId: id } } };
  }

  /** Offers that look like an uploaded picture, cached like any search. */
  async function searchByImage(query: SearchQuery): Promise<CatalogResult<SearchPage>> {
    const image = query.image ? getSearchImage(query.image) : undefined;
    if (!image) throw expiredImage();
    const { key, provider } = backend();
    const ref = await imageRefFor(image, provider, key);
    const { image: _image, q: _q, ...rest } = query;
    return cached('search', { ...rest, imageRef: ref }, (p) =>
      p.searchByImage({ ref, jpeg: image.search }, query),
    );
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

    /**
     * A keyword search, or an image search when the query names an uploaded picture. A pasted
     * 1688 offer link answers with that offer (a 404 if it is not in the catalog); a link pifa
     * cannot open (another marketplace, a 1688 short link) is an invalid request that says
     * why: pages show that message before searching.
     */
    async searchProducts(query: SearchQuery): Promise<CatalogResult<SearchPage>> {
      if (query.image) return searchByImage(query);
      const link = query.q ? parsePastedLink(query.q) : null;
      if (link?.kind === 'offer') return linkedOffer(link.offerId, query);
      if (link) {
        const { title, detail } = pastedLinkMessage(link);
        throw invalidRequest('q', `q is ${title.replace(/^This is /, '')}. ${detail}`);
      }
      service.assertSupported(query);
      return cached('search', { ...query }, (p) => p.search(query));
    },

    /** Typeahead for what is being typed (computed in memory: no 1688 call of its own). */
    async suggest(q: string): Promise<CatalogResult<Suggestions>> {
      const { provider } = backend();
      const suggestions = q.trim() ? await provider.suggest(q) : [];
      return {
        data: { q, suggestions },
        source: provider.source,
        fetchedAt: new Date().toISOString(),
        stale: false,
      };
    },

    getSupplier(id: string): Promise<CatalogResult<Supplier | null>> {
      return cached('supplier', id, (p) => p.getSupplier(id));
    },

    /** A supplier's offers, searched within the shop. */
    searchSupplierOffers(id: string, query: SearchQuery): Promise<CatalogResult<SearchPage>> {
      return cached('search', { ...query, supplier: id }, (p) => p.searchSupplier(id, query));
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
      const { live, language } = backend();
      const productKey = cacheKey(liveSource(language), 'product', id);
      // The product itself may have been fetched within the last minute: then it is fresh enough.
      const recent = live?.cache.peek<Product | null>(productKey, live.cache.policy('offer').ttlMs);
      if (recent) {
        const fetchedAt = new Date(recent.fetchedAt).toISOString();
        const data = recent.value ? toOfferState(recent.value, fetchedAt) : null;
        return { data, source: 'live', fetchedAt, stale: false };
      }
      const result = await cached('offer', id, async (p) => {
        const product = await p.getProduct(id);
        await live?.cache.put('product', productKey, product);
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
