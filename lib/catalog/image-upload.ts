/**
 * An uploaded picture made safe and small: its type read from its bytes, its size and pixel
 * count bounded (a decompression bomb is refused before it is decoded), then decoded and
 * re-encoded by sharp (turned upright, transparency on white) as a JPEG for image search
 * and a thumbnail for the results page. Every refusal is a 4xx that says what is accepted.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { AppError, invalidRequest } from '@/lib/domain/errors';
import {
  ACCEPTED_IMAGE_TEXT,
  describeOtherType,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  sniffImageType,
} from '@/lib/domain/image-types';

/** The longest side of the picture sent for search (1688 does not document a limit). */
export const SEARCH_SIDE = 1000;
/** Kept under what 1688 has been seen to accept for imageBase64 (about 3 MB; unsure). */
export const SEARCH_MAX_BYTES = 2 * 1024 * 1024;
export const THUMB_SIDE = 240;

export type PreparedImage = {
  /** Content-addressed: the same picture uploaded twice has one id. */
  id: string;
  search: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
};

export function imageIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
}

export async function prepareImage(bytes: Uint8Array): Promise<PreparedImage> {
  if (bytes.length === 0)
    throw invalidRequest('image', `image is empty: send ${ACCEPTED_IMAGE_TEXT}`);
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new AppError(
      'payload_too_large',
      `image is larger than 10 MB: send ${ACCEPTED_IMAGE_TEXT}`,
      {
        param: 'image',
      },
    );
  }
  if (!sniffImageType(bytes)) {
    const other = describeOtherType(bytes);
    throw new AppError(
      'unsupported_media_type',
      `image must be ${ACCEPTED_IMAGE_TEXT}${other ? `; this is ${other}` : ''}`,
      {
        param: 'image',
        hint:
          other === 'a HEIC photo'
            ? 'On an iPhone, share the photo as JPEG, or set the camera to "Most Compatible".'
            : undefined,
      },
    );
  }
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const };
  let meta: Metadata;
  try {
    // The header alone says how many pixels the picture would decode to.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw invalidRequest('image', `image could not be read: send ${ACCEPTED_IMAGE_TEXT}`);
  }
  const { width = 0, height = 0 } = meta;
  if (width * height > MAX_IMAGE_PIXELS) {
    throw invalidRequest(
      'image',
      `image is ${width} × ${height} pixels; pifa reads pictures of up to ${MAX_IMAGE_PIXELS / 1e6} megapixels`,
    );
  }
  try {
    const upright = () => sharp(bytes, options).rotate().flatten({ background: '#ffffff' });
    let search = await upright()
      .resize(SEARCH_SIDE, SEARCH_SIDE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    if (search.data.length > SEARCH_MAX_BYTES) {
      search = await upright()
        .resize(SEARCH_SIDE / 2, SEARCH_SIDE / 2, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 70 })
        .toBuffer({ resolveWithObject: true });
    }
    const thumb = await upright()
      .resize(THUMB_SIDE, THUMB_SIDE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
    return {
      id: imageIdOf(bytes),
      search: search.data,
      thumb,
      width: search.info.width,
      height: search.info.height,
    };
  } catch {
    throw invalidRequest('image', `image could not be decoded: send ${ACCEPTED_IMAGE_TEXT}`);
  }
}
