/**
 * The live catalog provider: the same interface as the mock one, served by the 1688 gateway.
 * Search maps our sorts and filters to keywordQuery's and bridges our page size to upstream
 * pages of 20; the category tree is walked level by level (lib/catalog caches it for hours).
 */
import { findCategoryPath } from '@/lib/domain/categories';
import type { CatalogProvider } from '@/lib/domain/provider';
import type {
  Category,
  Product,
  ProductSummary,
  SearchPage,
  SearchQuery,
} from '@/lib/domain/schemas';
import { APIS } from './apis';
import type { GatewayClient, GatewayLogger } from './client';
import { parseRaw, unwrap } from './envelope';
import { gatewayError, isGatewayError } from './errors';
import { toCategory, toProduct, toProductSummary } from './mappers';
import { categoryGet, categoryTranslation, productDetail, searchPayload } from './raw-schemas';

/** Upstream's safe page size (no maximum is documented; resellers report 20). */
export const UPSTREAM_PAGE_SIZE = 20;
const TRANSLATION_CONCURRENCY = 4;

export type LiveProviderOptions = {
  logger?: GatewayLogger;
  language?: string;
  /**
   * Where search finds a category's Chinese name (its keyword when browsing a category):
   * normally the catalog's cached tree; by default this provider's own getCategories.
   */
  lookupCategories?: () => Promise<Category[]>;
};

export type LiveProvider = CatalogProvider & {
  sellerOffers(sellerOpenId: string, page: number, pageSize: number): Promise<SearchPage>;
  imageSearch(imageBase64: string, page: number, pageSize: number): Promise<SearchPage>;
};

const SORTS: Partial<Record<SearchQuery['sort'], Record<string, string>>> = {
  price_asc: { price: 'asc' },
  price_desc: { price: 'desc' },
  sales: { monthSold: 'desc' },
};

/** Upstream pages (1-based) that cover our page, and where our page starts in the first one. */
export function upstreamPagesFor(
  page: number,
  pageSize: number,
): { pages: number[]; skip: number } {
  const offset = (page - 1) * pageSize;
  const first = Math.floor(offset / UPSTREAM_PAGE_SIZE) + 1;
  const last = Math.floor((offset + pageSize - 1) / UPSTREAM_PAGE_SIZE) + 1;
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { pages, skip: offset - (first - 1) * UPSTREAM_PAGE_SIZE };
}

async function inBatches<T, R>(
  items: T[],
  size: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

const NOT_FOUND = /not\s*exist|not\s*found|不存在|已下架|offline/i;

export function createLiveProvider(
  client: GatewayClient,
  options: LiveProviderOptions = {},
): LiveProvider {
  const language = options.language ?? 'en';
  const log = options.logger;
  let building: Promise<Category[]> | null = null;

  async function pageOf(
    api: typeof APIS.keywordSearch,
    param: Record<string, unknown>,
    page: number,
    pageSize: number,
    keep: (s: ProductSummary) => boolean = () => true,
  ): Promise<SearchPage> {
    const { pages, skip } = upstreamPagesFor(page, pageSize);
    const payloads = await Promise.all(
      pages.map(async (beginPage) => {
        const body = await client.call(api, {
          offerQueryParam: { ...param, beginPage, pageSize: UPSTREAM_PAGE_SIZE, country: language },
        });
        return parseRaw(api.name, searchPayload, unwrap(api.name, body));
      }),
    );
    const rows = payloads.flatMap((p) => p.data);
    const items = rows
      .map(toProductSummary)
      .filter((s): s is ProductSummary => s !== null)
      .slice(skip, skip + pageSize)
      .filter(keep);
    const total = Math.max(0, Math.round(payloads[0]?.totalRecords ?? items.length));
    log?.info(`✓ Fetched ${items.length} products`);
    return { items, total, page, pageSize, totalPages: Math.ceil(total / pageSize) };
  }

  async function categoryLevel(
    id: string,
  ): Promise<{ nameZh: string; children: { id: string; nameZh: string; isLeaf: boolean }[] }> {
    const api = APIS.categoryGet;
    const raw = parseRaw(api.name, categoryGet, await client.call(api, { categoryID: id }));
    if (!(raw.succes || raw.success) || raw.errorCode) {
      throw gatewayError('upstream_error', {
        api: api.name,
        upstreamCode: raw.errorCode,
        upstreamMessage: raw.errorMsg,
      });
    }
    const info = raw.categoryInfo[0];
    if (!info)
      throw gatewayError(
        'upstream_bad_response',
        { api: api.name },
        `1688 answered ${api.name} without categoryInfo.`,
      );
    log?.info(`✓ Category: ${info.name ?? id}`);
    return {
      nameZh: info.name ?? '',
      children: info.childCategorys.map((c) => ({
        id: c.id,
        nameZh: c.name ?? '',
        isLeaf: c.isLeaf,
      })),
    };
  }

  async function translate(id: string, parentId: string): Promise<string | undefined> {
    const api = APIS.categoryTranslation;
    try {
      const body = await client.call(api, { categoryId: id, language, parentCateId: parentId });
      const payload = unwrap(api.name, body);
      const parsed = categoryTranslation.safeParse(payload);
      return parsed.success ? parsed.data.translatedName : undefined;
    } catch (error) {
      // Without authorization nothing live works: say so rather than keep an untranslated tree.
      if (isGatewayError(error) && error.code === 'upstream_not_authorized') throw error;
      // Otherwise an untranslated name is better than no tree: the Chinese name stands in.
      return undefined;
    }
  }

  async function buildTree(): Promise<Category[]> {
    const top = await categoryLevel('0');
    const walk = async (
      node: { id: string; nameZh: string; isLeaf: boolean },
      parentId: string,
      depth: number,
    ): Promise<Category> => {
      const childNodes = node.isLeaf || depth >= 3 ? [] : (await categoryLevel(node.id)).children;
      const [name, children] = await Promise.all([
        translate(node.id, parentId),
        inBatches(childNodes, TRANSLATION_CONCURRENCY, (child) => walk(child, node.id, depth + 1)),
      ]);
      return toCategory(node, name, children);
    };
    return inBatches(top.children, TRANSLATION_CONCURRENCY, (node) => walk(node, '0', 1));
  }

  return {
    source: 'live',

    async search(query: SearchQuery): Promise<SearchPage> {
      const filters = [
        query.shipsIn48h ? 'shipIn48Hours' : null,
        query.factoryOnly ? 'certifiedFactory' : null,
        query.onePiece ? 'isOnePsale' : null,
      ].filter(Boolean);
      let keyword = query.q;
      if (!keyword && query.category) {
        const roots = await (options.lookupCategories ?? (() => this.getCategories()))();
        const path = findCategoryPath(roots, query.category);
        keyword = path[path.length - 1]?.nameZh ?? '';
      }
      const param = {
        keyword: keyword || '爆款',
        categoryId: query.category,
        priceStart: query.minPrice,
        priceEnd: query.maxPrice,
        sort: SORTS[query.sort] ? JSON.stringify(SORTS[query.sort]) : undefined,
        filter: filters.length ? filters.join(',') : undefined,
      };
      // keywordQuery has no MOQ filter: applied to the rows of the page, so totals are upstream's.
      return pageOf(
        APIS.keywordSearch,
        param,
        query.page,
        query.pageSize,
        (s) => query.maxMoq === undefined || s.moq <= query.maxMoq,
      );
    },

    async getProduct(id: string): Promise<Product | null> {
      const api = APIS.productDetail;
      const body = await client.call(api, { offerDetailParam: { offerId: id, country: language } });
      const payload = unwrap(api.name, body, (failure) => {
        if (NOT_FOUND.test(`${failure.code ?? ''} ${failure.message ?? ''}`)) return null;
        throw gatewayError('upstream_error', {
          api: api.name,
          upstreamCode: failure.code,
          upstreamMessage: failure.message,
        });
      });
      if (payload === null || payload === undefined) return null;
      return toProduct(parseRaw(api.name, productDetail, payload));
    },

    /** The whole tree, walked level by level (one walk at a time; the catalog caches it). */
    async getCategories(): Promise<Category[]> {
      building ??= buildTree().finally(() => {
        building = null;
      });
      return building;
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
