/**
 * The live catalog provider: the same interface as the mock one, served by the 1688 gateway.
 * Search is keywordQuery with what it can do declared (lib/gateway/search.ts); seller and
 * image searches answer in the same shape and are read the same way; answers are read row by
 * row and drift is recorded (lib/gateway/shapes.ts, drift.ts); the category tree is read node
 * by node and kept across restarts (lib/gateway/categories.ts); suppliers are 1688 sellers
 * (seller.ts); pictures are uploaded and searched by image id (image-search.ts); typeahead
 * suggests the names of the categories read so far and the synonym table's terms (1688 offers
 * no suggestion API).
 */
import { localFiltersOf } from '@/lib/domain/capabilities';
import type { CatalogProvider } from '@/lib/domain/provider';
import type {
  Category,
  CategoryView,
  Product,
  SearchPage,
  SearchQuery,
  Suggestion,
} from '@/lib/domain/schemas';
import { categoryEntries, createSuggester, type Suggester } from '@/lib/domain/suggest';
import { SYNONYM_GROUPS } from '@/lib/domain/synonyms';
import { APIS, type ApiSpec } from './apis';
import { CategoryTree, type CategoryStore, type NodeRead, ROOT_ID } from './categories';
import type { GatewayClient, GatewayLogger } from './client';
import { recordDrift } from './drift';
import { unwrap } from './envelope';
import { gatewayError } from './errors';
import { searchImage, uploadImage } from './image-search';
import type { SummaryContext } from './mappers';
import {
  collectPage,
  keywordParams,
  LIVE_CAPABILITIES,
  scanPage,
  UPSTREAM_PAGE_SIZE,
  withinLocalFilters,
} from './search';
import { getSeller, type SellerContext, searchSeller } from './seller';
import { readCategoryNode, readDetail, readSearch, type Report, type SearchRead } from './shapes';
import { readChildrenByCategoryGet } from './category-fallback';

export { UPSTREAM_PAGE_SIZE, upstreamPagesFor } from './search';

export type LiveProviderOptions = {
  logger?: GatewayLogger;
  language?: string;
  /** Where the category tree survives restarts (the data directory, or Redis). */
  categoryStore?: CategoryStore;
  /** Age after which a category is read again in the background (default about a day). */
  categoryRefreshMs?: number;
  /** Keeps one upstream page of a keyword search (lib/catalog's cache). */
  cachePage?: (key: string, load: () => Promise<SearchRead>) => Promise<SearchRead>;
  now?: () => number;
};

export type LiveProvider = CatalogProvider & { readonly categories: CategoryTree };

/** Typeahead without a suggestion API: the names of the categories read and the synonym terms. */
function liveSuggester(roots: Category[]): Suggester {
  const synonyms = SYNONYM_GROUPS.flat().map((text) => ({
    text,
    kind: 'term' as const,
    weight: 1,
  }));
  return createSuggester([...categoryEntries(roots, (_c, depth) => 3 - depth), ...synonyms]);
}

const NOT_FOUND = /not\s*exist|not\s*found|不存在|已下架|offline/i;

/** A business failure that says "no such thing" is null; any other is an error. */
function absentOrThrow(api: string) {
  return (failure: { code?: string; message?: string }) => {
    if (NOT_FOUND.test(`${failure.code ?? ''} ${failure.message ?? ''}`)) return null;
    throw gatewayError('upstream_error', {
      api,
      upstreamCode: failure.code,
      upstreamMessage: failure.message,
    });
  };
}

export function createLiveProvider(
  client: GatewayClient,
  options: LiveProviderOptions = {},
): LiveProvider {
  const language = options.language ?? 'en';
  const log = options.logger;
  let suggester: { key: string; suggester: Suggester } | null = null;
  const report =
    (api: string): Report =>
    (issues) =>
      recordDrift(api, issues, log, options.now?.());

  async function readPage(
    api: ApiSpec,
    param: Record<string, unknown>,
    beginPage: number,
    context: SummaryContext = {},
  ): Promise<SearchRead> {
    const body = await client.call(api, {
      offerQueryParam: { ...param, beginPage, pageSize: UPSTREAM_PAGE_SIZE, country: language },
    });
    return readSearch(api.name, unwrap(api.name, body), report(api.name), context);
  }

  /**
   * Our page of a search API (keyword, seller or image search: one answer shape). Upstream
   * pages are kept by themselves, so that a search and the same search filtered on our side
   * (or read at another page size) share what 1688 answered; filters 1688 does not apply are
   * applied across upstream pages (search.ts).
   */
  async function searchPages(
    api: ApiSpec,
    param: Record<string, unknown>,
    query: SearchQuery,
  ): Promise<SearchPage> {
    const context = { certifiedFactory: query.factoryOnly };
    const fetchPage = (beginPage: number) => readPage(api, param, beginPage, context);
    const cachePage = options.cachePage;
    const cached = cachePage
      ? (beginPage: number) =>
          cachePage(JSON.stringify([api.name, param, beginPage, language]), () =>
            fetchPage(beginPage),
          )
      : fetchPage;
    const local = localFiltersOf(query, LIVE_CAPABILITIES);
    const result = local.length
      ? await scanPage(cached, withinLocalFilters(query), query.page, query.pageSize)
      : await collectPage(cached, query.page, query.pageSize);
    log?.info(`✓ Fetched ${result.items.length} products`);
    return result;
  }

  /** One category and its translated children, in one call (a fallback when 1688 omits them). */
  async function readNode(id: string): Promise<NodeRead | null> {
    const api = APIS.categoryTranslation;
    const body = await client.call(api, { categoryId: id, language });
    const payload = unwrap(api.name, body, absentOrThrow(api.name));
    if (payload === null || payload === undefined) return null;
    const read = readCategoryNode(api.name, payload, report(api.name));
    const children =
      read.children ??
      (read.category.leaf ? [] : await readChildrenByCategoryGet(client, id, language, report));
    const name = id === ROOT_ID ? 'top level' : read.category.name;
    log?.info(`✓ Category: ${name}${children.length ? ` (${children.length} subcategories)` : ''}`);
    return { category: read.category, parentId: read.parentId, children };
  }

  const categories = new CategoryTree({
    read: readNode,
    store: options.categoryStore,
    refreshMs: options.categoryRefreshMs,
    now: options.now,
    logger: log,
  });

  const provider: LiveProvider = {
    source: 'live',
    capabilities: LIVE_CAPABILITIES,
    categories,

    async search(query: SearchQuery): Promise<SearchPage> {
      let keyword = query.q;
      if (!keyword && query.category) {
        // Browsing a category: its Chinese name is the keyword, its id narrows the search.
        const view = await categories.view(query.category);
        if (!view) {
          return { items: [], total: 0, page: query.page, pageSize: query.pageSize, totalPages: 0 };
        }
        keyword = view.path[view.path.length - 1]!.nameZh;
      }
      return searchPages(APIS.keywordSearch, keywordParams(query, keyword), query);
    },

    async getProduct(id: string): Promise<Product | null> {
      const api = APIS.productDetail;
      const body = await client.call(api, { offerDetailParam: { offerId: id, country: language } });
      const payload = unwrap(api.name, body, absentOrThrow(api.name));
      if (payload === null || payload === undefined) return null;
      return readDetail(api.name, payload, report(api.name));
    },

    getTopCategories(): Promise<Category[]> {
      return categories.roots();
    },

    getCategory(id: string): Promise<CategoryView | null> {
      return categories.view(id);
    },

    async suggest(q: string): Promise<Suggestion[]> {
      // The categories read so far (the top level at least): typeahead makes no call of its own
      // once the top level is known, and learns categories as buyers open them.
      await categories.roots();
      const known = categories.known();
      const key = String(known.size);
      if (suggester?.key !== key) suggester = { key, suggester: liveSuggester(known.roots) };
      return suggester.suggester.suggest(q);
    },

    async getSupplier(id: string) {
      return getSeller(seller, id);
    },

    async searchSupplier(id: string, query: SearchQuery): Promise<SearchPage> {
      return searchSeller(seller, id, query);
    },

    async uploadImage(jpeg: Uint8Array): Promise<string> {
      return uploadImage(client, jpeg);
    },

    async searchByImage(image, query): Promise<SearchPage> {
      return searchImage(seller, image.ref, query);
    },
  };
  const seller: SellerContext = {
    client,
    language,
    searchPages,
    report,
    getProduct: (id) => provider.getProduct(id),
  };
  return provider;
}
