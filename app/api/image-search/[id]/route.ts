import { expiredImage, getSearchImage } from '@/lib/catalog';
import { parseImageId } from '@/lib/http/image-id';
import { errorResponse, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** The thumbnail of an uploaded picture, while it is kept (it is the uploader's: private). */
async function thumbnail(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseImageId((await params).id);
    const image = getSearchImage(id);
    if (!image) throw expiredImage();
    return new Response(new Uint8Array(image.thumb), {
      headers: {
        'Content-Type': 'image/jpeg',
        'Cache-Control': 'private, max-age=600',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({ GET: thumbnail });
