/**
 * Reading a form body with a bound: a body larger than the route takes is a 413, whether it
 * says its length up front or not; a body that is not a form is a 400.
 */
import { AppError, invalidRequest } from '@/lib/domain/errors';

export const FORM_LIMIT_BYTES = 16 * 1024;

/**
 * The body's bytes, at most `limit` of them: a longer body (declared or as it arrives) is
 * refused with `tooLarge()` and never buffered whole.
 */
export async function readBounded(
  request: Request,
  limit: number,
  tooLarge = () =>
    new AppError('payload_too_large', `The request body is larger than ${limit} bytes.`),
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The fields of a URL-encoded or multipart form, read within `limit` bytes. */
export async function readForm(request: Request, limit = FORM_LIMIT_BYTES): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    throw invalidRequest('body', 'The body must be a form (application/x-www-form-urlencoded).');
  }
  const bytes = await readBounded(request, limit);
  try {
    return await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw invalidRequest('body', 'The form could not be read.');
  }
}

/** A single text field of a form, or undefined. */
export function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}
