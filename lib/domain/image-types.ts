/**
 * The pictures image search accepts, recognised by their first bytes (never by a file name or
 * a declared type, which may lie), and what to tell a buyer who sends something else.
 */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The most pixels pifa decodes: a larger picture is refused before it is decoded. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export const ACCEPTED_IMAGE_TEXT = 'a JPEG, PNG, WebP or GIF picture of up to 10 MB';

const starts = (bytes: Uint8Array, sig: number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** The type of picture these bytes are, or null when they are none that pifa accepts. */
export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  const gif = ascii(bytes, 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') return 'image/gif';
  return null;
}

/** A name for common files that are not accepted, to say what was sent. */
export function describeOtherType(bytes: Uint8Array): string | null {
  const brand = ascii(bytes, 4, 12);
  if (brand.startsWith('ftyp')) {
    const kind = ascii(bytes, 8, 12);
    if (/^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(kind)) return 'a HEIC photo';
    if (/^avi[fs]$/.test(kind)) return 'an AVIF picture';
    return 'a video';
  }
  if (starts(bytes, [0x42, 0x4d])) return 'a BMP picture';
  if (starts(bytes, [0x49, 0x49, 0x2a, 0x00]) || starts(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'a TIFF picture';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'a PDF document';
  const text = ascii(bytes, 0, Math.min(bytes.length, 256)).trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg')))
    return 'an SVG drawing';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive';
  return null;
}
