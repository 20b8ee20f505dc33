/**
 * The live catalog provider: the same interface as the mock one, served by the 1688 gateway.
 * Search is keywordQuery with what it can do declared (lib/gateway/search.ts); answers are
 * read row by row and drift is recorded (lib/gateway/shapes.ts, drift.ts); the category tree
 * is read node by node and kept across restarts (lib/gateway/categories.ts).
 */
import { localFiltersOf } from '@/lib/domain/capabilities';
import type { CatalogProvider } from '@/lib/domain/provider';
import type {
  Category,
  CategoryView,
  Product,
  SearchPage,
  SearchQuery,
} from '@/lib/domain/schemas';
import { APIS, type ApiSpec } from './apis';
import { CategoryTree, type CategoryStore, type NodeRead, ROOT_ID } from './categories';
import type { GatewayClient, GatewayLogger } from './client';
import { recordDrift } from './drift';
import { unwrap } from './envelope';
import { gatewayError } from './errors';
import type { SummaryContext } from './mappers';
import {
  collectPage,
  keywordParams,
  LIVE_CAPABILITIES,
  scanPage,
  UPSTREAM_PAGE_SIZE,
} from './search';
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

export type LiveProvider = CatalogProvider & {
  readonly categories: CategoryTree;
  sellerOffers(sellerOpenId: string, page: number, pageSize: number): Promise<SearchPage>;
  imageSearch(imageBase64: string, page: number, pageSize: number): Promise<SearchPage>;
};

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

  async function pageOf(
    api: ApiSpec,
    param: Record<string, unknown>,
    page: number,
    pageSize: number,
  ): Promise<SearchPage> {
    const result = await collectPage((p) => readPage(api, param, p), page, pageSize);
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

  return {
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
      const api = APIS.keywordSearch;
      const param = keywordParams(query, keyword);
      const context = { certifiedFactory: query.factoryOnly };
      const fetchPage = (beginPage: number) => readPage(api, param, beginPage, context);
      // Upstream pages are kept by themselves, so that a search and the same search filtered
      // on our side (or read at another page size) share what 1688 answered.
      const cachePage = options.cachePage;
      const cached = cachePage
        ? (beginPage: number) =>
            cachePage(JSON.stringify([api.name, param, beginPage, language]), () =>
              fetchPage(beginPage),
            )
        : fetchPage;
      const local = localFiltersOf(query, LIVE_CAPABILITIES);
      const keep = (s: { moq: number }) => query.maxMoq === undefined || s.moq <= query.maxMoq;
      const result = local.length
        ? await scanPage(cached, keep, query.page, query.pageSize)
        : await collectPage(cached, query.page, query.pageSize);
      log?.info(`✓ Fetched ${result.items.length} products`);
      return result;
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

    async sellerOffers(sellerOpenId: string, page: number, pageSize: number): Promise<SearchPage> {
      return pageOf(APIS.sellerOffers, { sellerOpenId }, page, pageSize);
    },

    async imageSearch(imageBase64: string, page: number, pageSize: number): Promise<SearchPage> {
      const upload = APIS.imageUpload;
      const base64 = imageBase64.replace(/^data:[^,]*,/, '');
      const uploaded = unwrap(
        upload.name,
        await client.call(upload, { uploadImageParam: { imageBase64: base64 } }),
      );
      const imageId =
        typeof uploaded === 'string' || typeof uploaded === 'number' ? String(uploaded) : '';
      if (!imageId)
        throw gatewayError(
          'upstream_bad_response',
          { api: upload.name },
          `1688 answered ${upload.name} without an image id.`,
        );
      return pageOf(APIS.imageSearch, { imageId }, page, pageSize);
    },
  };
}
