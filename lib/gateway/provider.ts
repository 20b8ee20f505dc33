/**
 * The live catalog provider: the same interface as the mock one, served by the 1688 gateway.
 * Search maps our sorts and filters to keywordQuery's and bridges our page size to upstream
 * pages of 20 (search-pages.ts); the category tree is walked level by level (lib/catalog
 * caches it for hours); suppliers are 1688 sellers (seller.ts); pictures are uploaded and
 * searched by image id (image-search.ts); typeahead suggests the
 * category tree's names and the synonym table's terms (1688 offers no suggestion API).
 */
import { findCategoryPath } from '@/lib/domain/categories';
import type { CatalogProvider } from '@/lib/domain/provider';
import type { Category, Product, SearchPage, SearchQuery, Suggestion } from '@/lib/domain/schemas';
import { categoryEntries, createSuggester, type Suggester } from '@/lib/domain/suggest';
import { SYNONYM_GROUPS } from '@/lib/domain/synonyms';
import { APIS } from './apis';
import type { GatewayClient, GatewayLogger } from './client';
import { parseRaw, unwrap } from './envelope';
import { gatewayError, isGatewayError } from './errors';
import { toCategory, toProduct } from './mappers';
import { categoryGet, categoryTranslation, productDetail } from './raw-schemas';
import { pageOf, queryFields, withinFilters } from './search-pages';
import { searchImage, uploadImage } from './image-search';
import { getSeller, type SellerContext, searchSeller } from './seller';

export { UPSTREAM_PAGE_SIZE, upstreamPagesFor } from './search-pages';

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

export type LiveProvider = CatalogProvider;

/** Typeahead without a suggestion API: category names (higher levels first) and the synonym terms. */
function liveSuggester(roots: Category[]): Suggester {
  const synonyms = SYNONYM_GROUPS.flat().map((text) => ({
    text,
    kind: 'term' as const,
    weight: 1,
  }));
  return createSuggester([...categoryEntries(roots, (_c, depth) => 3 - depth), ...synonyms]);
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
  const suggesters = new WeakMap<Category[], Suggester>();

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

  const categories = () => (options.lookupCategories ?? (() => provider.getCategories()))();

  const provider: LiveProvider = {
    source: 'live',

    async search(query: SearchQuery): Promise<SearchPage> {
      let keyword = query.q;
      if (!keyword && query.category) {
        const path = findCategoryPath(await categories(), query.category);
        keyword = path[path.length - 1]?.nameZh ?? '';
      }
      return pageOf({
        client,
        api: APIS.keywordSearch,
        param: { keyword: keyword || '爆款', ...queryFields(query) },
        page: query.page,
        pageSize: query.pageSize,
        language,
        // keywordQuery has no MOQ filter: applied to the rows of the page, so totals are upstream's.
        keep: withinFilters(query),
        log,
      });
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

    async suggest(q: string): Promise<Suggestion[]> {
      const roots = await categories();
      let suggester = suggesters.get(roots);
      if (!suggester) suggesters.set(roots, (suggester = liveSuggester(roots)));
      return suggester.suggest(q);
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
    log,
    getProduct: (id) => provider.getProduct(id),
  };
  return provider;
}
