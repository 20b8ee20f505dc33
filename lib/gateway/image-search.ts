/**
 * Image search in live mode: the picture goes up once with `product.image.upload` (raw base64,
 * no data: prefix), and its image id is searched with `product.search.imageQuery`, paged like
 * keyword search; filters 1688 may not apply are checked on the rows.
 */
import type { SearchPage, SearchQuery } from '@/lib/domain/schemas';
import { APIS } from './apis';
import type { GatewayClient, GatewayLogger } from './client';
import { unwrap } from './envelope';
import { gatewayError } from './errors';
import { pageOf, queryFields, withinFilters } from './search-pages';

export async function uploadImage(client: GatewayClient, jpeg: Uint8Array): Promise<string> {
  const api = APIS.imageUpload;
  const imageBase64 = Buffer.from(jpeg).toString('base64');
  const uploaded = unwrap(api.name, await client.call(api, { uploadImageParam: { imageBase64 } }));
  const imageId =
    typeof uploaded === 'string' || typeof uploaded === 'number' ? String(uploaded) : '';
  if (!imageId) {
    throw gatewayError(
      'upstream_bad_response',
      { api: api.name },
      `1688 answered ${api.name} without an image id.`,
    );
  }
  return imageId;
}

export async function searchImage(
  ctx: { client: GatewayClient; language: string; log?: GatewayLogger },
  imageId: string,
  query: SearchQuery,
): Promise<SearchPage> {
  return pageOf({
    client: ctx.client,
    api: APIS.imageSearch,
    param: { imageId, ...queryFields(query) },
    page: query.page,
    pageSize: query.pageSize,
    language: ctx.language,
    keep: withinFilters(query),
    log: ctx.log,
  });
}
