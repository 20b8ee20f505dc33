/**
 * Image search in live mode: the picture goes up once with `product.image.upload` (raw base64,
 * no data: prefix), and its image id is searched with `product.search.imageQuery`, read and
 * paged like keyword search (the provider's searchPages).
 */
import type { SearchPage, SearchQuery } from '@/lib/domain/schemas';
import { APIS } from './apis';
import type { GatewayClient } from './client';
import { unwrap } from './envelope';
import { gatewayError } from './errors';
import { queryParams } from './search';
import type { SellerContext } from './seller';

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

export function searchImage(
  ctx: Pick<SellerContext, 'searchPages'>,
  imageId: string,
  query: SearchQuery,
): Promise<SearchPage> {
  return ctx.searchPages(APIS.imageSearch, { imageId, ...queryParams(query) }, query);
}
