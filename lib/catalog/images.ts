/**
 * Image search, whichever provider serves: an upload is prepared (image-upload.ts), handed to
 * the provider once (the mock catalog fingerprints it; 1688 gets it through
 * product.image.upload) and kept (image-store.ts) while its results are looked at; the
 * service (service.ts) searches, filters, sorts, pages and caches its results like any search.
 */
import 'server-only';
import { AppError } from '@/lib/domain/errors';
import type { CatalogProvider } from '@/lib/domain/provider';
import type { UploadedImage } from '@/lib/domain/schemas';
import { searchHref } from '@/lib/domain/search-links';
import { prepareImage } from './image-upload';
import { imageStore, type StoredImage } from './image-store';
import { currentProvider } from './seam';
import type { CatalogResult } from './result';

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

/**
 * The provider's name for a kept picture. When the configuration changed since the upload, the
 * picture is handed to the provider now serving (and kept under its new name).
 */
export async function imageRefFor(
  image: StoredImage,
  provider: CatalogProvider,
  key: string,
): Promise<string> {
  if (image.provider === key) return image.ref;
  const ref = await provider.uploadImage(image.search);
  imageStore().set({ ...image, ref, provider: key });
  return ref;
}
