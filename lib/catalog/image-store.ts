/**
 * Uploaded pictures, kept in this process only while their results are being looked at:
 * bounded in bytes (least recently used go first) and in time (an hour after last use).
 */
import 'server-only';
import { LRUCache } from 'lru-cache';
import type { PreparedImage } from './image-upload';

export const IMAGE_TTL_MS = 3600_000;
export const IMAGE_STORE_MAX_BYTES = 64 * 1024 * 1024;

export type StoredImage = PreparedImage & {
  /** What the serving provider calls the picture, and which provider that was. */
  ref: string;
  provider: string;
};

export type ImageStore = {
  get(id: string): StoredImage | undefined;
  set(image: StoredImage): void;
  /** When an image kept now, or used now, is let go (ms since the epoch). */
  expiresAt(id: string): number;
};

export function createImageStore(
  options: { maxBytes?: number; ttlMs?: number; now?: () => number } = {},
): ImageStore {
  const ttl = options.ttlMs ?? IMAGE_TTL_MS;
  const now = options.now ?? Date.now;
  const lru = new LRUCache<string, StoredImage>({
    maxSize: options.maxBytes ?? IMAGE_STORE_MAX_BYTES,
    sizeCalculation: (image) => image.search.length + image.thumb.length + 256,
    ttl,
    updateAgeOnGet: true,
    ttlResolution: 0,
    perf: { now },
  });
  return {
    get: (id) => lru.get(id),
    set: (image) => void lru.set(image.id, image),
    expiresAt: (id) => (lru.has(id) ? now() + lru.getRemainingTTL(id) : 0),
  };
}

const memo = globalThis as typeof globalThis & { __pifaImages?: ImageStore };

/** The process's store of uploaded pictures. */
export function imageStore(): ImageStore {
  memo.__pifaImages ??= createImageStore();
  return memo.__pifaImages;
}
