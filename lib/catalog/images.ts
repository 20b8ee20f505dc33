/**
 * Image search, whichever provider serves: an upload is prepared (image-upload.ts), handed to
 * the provider once (the mock catalog fingerprints it; 1688 gets it through
 * product.image.upload) and kept (image-store.ts) while its results are looked at; its
 * results are searched, filtered, sorted and paged like any search, and cached like them.
 */
import 'server-only';
import { AppError } from '@/lib/domain/errors';
import type { SearchPage, SearchQuery, UploadedImage } from '@/lib/domain/schemas';
import { searchHref } from '@/lib/domain/search-params';
import { prepareImage } from './image-upload';
import { imageStore, type StoredImage } from './image-store';
import { type CatalogResult, cached, currentProvider } from './seam';

export type { StoredImage } from './image-store';

export async function uploadSearchImage(bytes: Uint8Array): Promise<CatalogResult<UploadedImage>> {
  const prepared = await prepareImage(bytes);
  const store = imageStore();
  const { key, provider } = currentProvider();
  const kept = store.get(prepared.id);
  if (!kept || kept.provider !== key) {
    const ref = await provider.uploadImage(prepared.search);
    store.set({ ...prepared, ref, provider: key });
  }
  return {
    data: {
      id: prepared.id,
      width: prepared.width,
      height: prepared.height,
      expiresAt: new Date(store.expiresAt(prepared.id)).toISOString(),
      href: searchHref({ image: prepared.id }),
    },
    source: provider.source,
    fetchedAt: new Date().toISOString(),
    stale: false,
  };
}

/** A kept picture (for its thumbnail), or undefined once it has been let go. */
export function getSearchImage(id: string): StoredImage | undefined {
  return imageStore().get(id);
}

export function expiredImage(): AppError {
  return new AppError(
    'image_expired',
    'This picture is no longer kept: pifa keeps an uploaded picture for an hour after it was last used. Upload it again.',
    { param: 'image' },
  );
}

export async function searchByImage(query: SearchQuery): Promise<CatalogResult<SearchPage>> {
  const image = query.image ? getSearchImage(query.image) : undefined;
  if (!image) throw expiredImage();
  const { key, provider } = currentProvider();
  let ref = image.ref;
  if (image.provider !== key) {
    // The configuration changed since the upload: hand the picture to the provider now serving.
    ref = await provider.uploadImage(image.search);
    imageStore().set({ ...image, ref, provider: key });
  }
  const { image: _image, q: _q, ...rest } = query;
  return cached('search', { ...rest, imageRef: ref }, (p) =>
    p.searchByImage({ ref, jpeg: image.search }, query),
  );
}
