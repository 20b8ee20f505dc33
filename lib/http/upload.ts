/**
 * The picture of a multipart upload, read with a bound: a body larger than the largest
 * accepted picture (plus the form's own overhead) is refused as it arrives, never buffered
 * whole; a body that is not a multipart form with an `image` file is a 4xx that says so.
 */
import 'server-only';
import { AppError, invalidRequest } from '@/lib/domain/errors';
import { ACCEPTED_IMAGE_TEXT, MAX_IMAGE_BYTES } from '@/lib/domain/image-types';
import { readBounded } from './body';

/** Room for the multipart boundaries and headers around the file. */
const FORM_OVERHEAD = 64 * 1024;

const tooLarge = () =>
  new AppError('payload_too_large', `image is larger than 10 MB: send ${ACCEPTED_IMAGE_TEXT}`, {
    param: 'image',
  });

/** The bytes of the form's `image` file. */
export async function readUploadedImage(request: Request): Promise<Uint8Array> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    throw new AppError(
      'unsupported_media_type',
      `Send the picture as multipart/form-data, in a field named image (${ACCEPTED_IMAGE_TEXT})`,
      { param: 'image' },
    );
  }
  const body = await readBounded(request, MAX_IMAGE_BYTES + FORM_OVERHEAD, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw invalidRequest(
      'image',
      'The multipart form could not be read: send one field named image',
    );
  }
  const file = form.get('image');
  if (file === null) throw invalidRequest('image', `image is missing: send ${ACCEPTED_IMAGE_TEXT}`);
  if (typeof file === 'string') {
    throw invalidRequest('image', `image must be a file: send ${ACCEPTED_IMAGE_TEXT}`);
  }
  return new Uint8Array(await file.arrayBuffer());
}
