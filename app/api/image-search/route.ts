import { uploadSearchImage } from '@/lib/catalog';
import { jsonRoute, methods } from '@/lib/http/route';
import { readUploadedImage } from '@/lib/http/upload';

export const dynamic = 'force-dynamic';

/**
 * A picture to search by (multipart, field `image`: JPEG, PNG, WebP or GIF up to 10 MB). The
 * answer's `id` names it in `GET /api/products?image=<id>` and on `/products?image=<id>`.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: jsonRoute(async (request) => uploadSearchImage(await readUploadedImage(request))),
});
