/**
 * What a picture looks like, in a few bytes: two perceptual hashes (the signs of the low
 * frequencies of a 32 × 32 grey image, as in pHash), one of the whole picture (its layout) and
 * one of the object in it, cropped to its outline (its shape, wherever and however large it
 * sits), and a colour histogram (hues weighted by how colourful each pixel is, and lightness).
 * A screenshot or a re-encoded copy of a picture, scaled or compressed, lands next to the
 * original, and pictures of the same kind of thing come next.
 */
import sharp from 'sharp';

/** Pictures are read at this size, RGB. */
export const SOURCE = 64;
const SIDE = 32;
const LOW = 8;
export const HUE_BINS = 18;
export const LIGHT_BINS = 8;
export const COLOUR_BINS = HUE_BINS + LIGHT_BINS;
/** Mean chroma (0–255) times this is a hue bin's value: pastel backdrops score about 100. */
const HUE_SCALE = 4;
/** Colour below this much counts as none (compression adds a little to grey pictures). */
const HUE_FLOOR = 16;
/** How much darker than the backdrop a pixel must be to belong to the object. */
const OBJECT_CONTRAST = 30;

export type Fingerprint = {
  /** 64 bits each, as 32-bit halves: the whole picture's hash, then the object's. */
  hashes: Uint32Array;
  /** Hue bins (how much colour of each hue: a grey picture has almost none), then lightness. */
  colours: Uint8Array;
};

const COS = (() => {
  const table = new Float64Array(LOW * SIDE);
  for (let u = 0; u < LOW; u++) {
    for (let x = 0; x < SIDE; x++)
      table[u * SIDE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIDE));
  }
  return table;
})();

/** pHash of a 32 × 32 grey image: 63 DCT coefficients against their median. */
function phash(grey: Float64Array, out: Uint32Array, at: number) {
  const rows = new Float64Array(LOW * SIDE);
  for (let u = 0; u < LOW; u++) {
    for (let y = 0; y < SIDE; y++) {
      let sum = 0;
      for (let x = 0; x < SIDE; x++) sum += grey[y * SIDE + x]! * COS[u * SIDE + x]!;
      rows[u * SIDE + y] = sum;
    }
  }
  const ac: number[] = [];
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      if (u === 0 && v === 0) continue;
      let sum = 0;
      for (let y = 0; y < SIDE; y++) sum += rows[u * SIDE + y]! * COS[v * SIDE + y]!;
      ac.push(sum);
    }
  }
  const median = [...ac].sort((a, b) => a - b)[ac.length >> 1]!;
  out[at] = 0;
  out[at + 1] = 0;
  ac.forEach((c, k) => {
    if (c > median) out[at + (k >> 5)] = (out[at + (k >> 5)]! | (1 << (k & 31))) >>> 0;
  });
}

/** A square region of a grey image resampled (bilinear) to 32 × 32. */
function resample(grey: Float64Array, size: number, x0: number, y0: number, side: number) {
  const out = new Float64Array(SIDE * SIDE);
  const last = size - 1;
  for (let y = 0; y < SIDE; y++) {
    const sy = Math.min(last, Math.max(0, y0 + ((y + 0.5) * side) / SIDE - 0.5));
    const iy = Math.floor(sy);
    const fy = sy - iy;
    const r0 = iy * size;
    const r1 = Math.min(last, iy + 1) * size;
    for (let x = 0; x < SIDE; x++) {
      const sx = Math.min(last, Math.max(0, x0 + ((x + 0.5) * side) / SIDE - 0.5));
      const ix = Math.floor(sx);
      const fx = sx - ix;
      const ix1 = Math.min(last, ix + 1);
      const top = grey[r0 + ix]! * (1 - fx) + grey[r0 + ix1]! * fx;
      const bottom = grey[r1 + ix]! * (1 - fx) + grey[r1 + ix1]! * fx;
      out[y * SIDE + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/** The grey level below which a share of the pixels lies (from a histogram, not a sort). */
function percentile(levels: Uint32Array, total: number, share: number): number {
  let seen = 0;
  for (let v = 0; v < levels.length; v++) {
    seen += levels[v]!;
    if (seen >= total * share) return v;
  }
  return levels.length - 1;
}

/** The fingerprint of a 64 × 64 picture given as RGB bytes (3 per pixel, row by row). */
export function fingerprint(rgb: Uint8Array, offset = 0, stride = SOURCE * 3): Fingerprint {
  const grey = new Float64Array(SOURCE * SOURCE);
  const hue = new Float64Array(HUE_BINS);
  const light = new Float64Array(LIGHT_BINS);
  const levels = new Uint32Array(256);
  for (let y = 0; y < SOURCE; y++) {
    for (let x = 0; x < SOURCE; x++) {
      const i = offset + y * stride + x * 3;
      const r = rgb[i]!;
      const g = rgb[i + 1]!;
      const b = rgb[i + 2]!;
      const lum = 0.299 * r + 0.587 * g + 0.114 * b;
      grey[y * SOURCE + x] = lum;
      levels[lum | 0]! += 1;
      light[Math.min(LIGHT_BINS - 1, Math.floor((lum / 256) * LIGHT_BINS))]! += 1;
      const max = Math.max(r, g, b);
      const chroma = max - Math.min(r, g, b);
      if (chroma > 0) {
        let h: number;
        if (max === r) h = ((g - b) / chroma + 6) % 6;
        else if (max === g) h = (b - r) / chroma + 2;
        else h = (r - g) / chroma + 4;
        hue[Math.min(HUE_BINS - 1, Math.floor((h / 6) * HUE_BINS))]! += chroma;
      }
    }
  }
  const hashes = new Uint32Array(4);
  phash(resample(grey, SOURCE, 0, 0, SOURCE), hashes, 0);
  // The object: pixels clearly darker than the backdrop (the picture's common lightness).
  const backdrop = percentile(levels, grey.length, 0.8);
  let [minX, minY, maxX, maxY] = [SOURCE, SOURCE, -1, -1];
  for (let y = 0; y < SOURCE; y++) {
    for (let x = 0; x < SOURCE; x++) {
      if (grey[y * SOURCE + x]! >= backdrop - OBJECT_CONTRAST) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (maxX < 0) [minX, minY, maxX, maxY] = [0, 0, SOURCE - 1, SOURCE - 1];
  const side = Math.max(maxX - minX, maxY - minY) + 1;
  const x0 = (minX + maxX + 1) / 2 - side / 2;
  const y0 = (minY + maxY + 1) / 2 - side / 2;
  phash(resample(grey, SOURCE, x0, y0, side), hashes, 2);
  const colours = new Uint8Array(COLOUR_BINS);
  const pixels = SOURCE * SOURCE;
  hue.forEach((v, k) => (colours[k] = Math.min(255, Math.round((v / pixels) * HUE_SCALE))));
  light.forEach((v, k) => (colours[HUE_BINS + k] = Math.round((v / pixels) * 255)));
  return { hashes, colours };
}

function bits(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * How alike a picture is to a stored one, from 0 to 1: its object's shape counts most, then
 * its colours, then its layout. The stored picture's hashes start at `h` in `hashes`, its
 * colours at `c` in `colours`.
 */
export function likeness(
  a: Fingerprint,
  hashes: Uint32Array,
  h: number,
  colours: Uint8Array,
  c: number,
): number {
  const ah = a.hashes;
  const layout =
    1 - (bits((ah[0]! ^ hashes[h]!) >>> 0) + bits((ah[1]! ^ hashes[h + 1]!) >>> 0)) / 63;
  const shape =
    1 - (bits((ah[2]! ^ hashes[h + 2]!) >>> 0) + bits((ah[3]! ^ hashes[h + 3]!) >>> 0)) / 63;
  const ac = a.colours;
  let hue = 0;
  let hueA = 0;
  let hueB = 0;
  for (let k = 0; k < HUE_BINS; k++) {
    hue += Math.min(ac[k]!, colours[c + k]!);
    hueA += ac[k]!;
    hueB += colours[c + k]!;
  }
  let light = 0;
  for (let k = HUE_BINS; k < COLOUR_BINS; k++) light += Math.min(ac[k]!, colours[c + k]!);
  // Shared colour over the larger amount of colour: two grey pictures agree on hue.
  const hues = (hue + HUE_FLOOR) / (Math.max(hueA, hueB) + HUE_FLOOR);
  return 0.4 * shape + 0.25 * hues + 0.15 * (light / 255) + 0.2 * layout;
}

export function similarity(a: Fingerprint, b: Fingerprint): number {
  return likeness(a, b.hashes, 0, b.colours, 0);
}

/** Any picture sharp can read, scaled (centre-cropped to a square) to its fingerprint. */
export async function fingerprintImage(input: Uint8Array): Promise<Fingerprint> {
  const data = await sharp(input, { limitInputPixels: 50_000_000 })
    .flatten({ background: '#ffffff' })
    .resize(SOURCE, SOURCE, { fit: 'cover' })
    .removeAlpha()
    .raw()
    .toBuffer();
  return fingerprint(new Uint8Array(data.buffer, data.byteOffset, data.length));
}
