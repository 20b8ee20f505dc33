/** An uploaded picture's id from a URL segment, or a 400 that says what one looks like. */
import { invalidRequest } from '@/lib/domain/errors';
import { imageId } from '@/lib/domain/schemas';

export function parseImageId(id: string): string {
  if (!imageId.safeParse(id).success) {
    throw invalidRequest('id', 'id must be an id that POST /api/image-search answered with');
  }
  return id;
}
