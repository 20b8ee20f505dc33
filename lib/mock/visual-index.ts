/**
 * Image search over the mock catalog's own pictures: the fingerprint (visual.ts) of every
 * offer's main picture, computed once, the first time a picture is searched, by rendering the
 * pictures in sheets of 256 (one rasterization per sheet, not per picture) and cut up in
 * memory. The fingerprints take 34 bytes an offer, so the index is bounded by the catalog. A
 * search compares the picture with every offer and keeps the most alike.
 */
import sharp from 'sharp';
import { offerImageBody, parseOfferImageUrl } from './images';
import { COLOUR_BINS, type Fingerprint, fingerprint, likeness, SOURCE } from './visual';

const PER_ROW = 16;
const PER_SHEET = PER_ROW * PER_ROW;

/** How alike an offer must be to count as a result, and how many results at most. */
export const MIN_LIKENESS = 0.62;
export const MAX_RESULTS = 480;

export type VisualMatches = { docs: Int32Array; scores: Float32Array };

export class VisualIndex {
  private hashes: Uint32Array | null = null;
  private colours: Uint8Array | null = null;
  private building: Promise<void> | null = null;

  /** `images[i]`: the main picture URL of offer i. */
  constructor(private readonly images: readonly string[]) {}

  get ready(): boolean {
    return this.hashes !== null;
  }

  /** Computes every offer's fingerprint once (concurrent callers share the work). */
  build(): Promise<void> {
    this.building ??= this.compute();
    return this.building;
  }

  private async compute(): Promise<void> {
    const n = this.images.length;
    const hashes = new Uint32Array(n * 4);
    const colours = new Uint8Array(n * COLOUR_BINS);
    // Offers sharing a picture share its fingerprint.
    const byUrl = new Map<string, number[]>();
    this.images.forEach((url, i) => {
      const list = byUrl.get(url);
      if (list) list.push(i);
      else byUrl.set(url, [i]);
    });
    const urls = [...byUrl.keys()];
    for (let start = 0; start < urls.length; start += PER_SHEET) {
      const sheet = urls.slice(start, start + PER_SHEET);
      const prints = await renderSheet(sheet);
      sheet.forEach((url, k) => {
        const fp = prints[k]!;
        for (const doc of byUrl.get(url)!) {
          hashes.set(fp.hashes, doc * 4);
          colours.set(fp.colours, doc * COLOUR_BINS);
        }
      });
    }
    this.hashes = hashes;
    this.colours = colours;
  }

  /** The offers most like the picture, most alike first (at most MAX_RESULTS). */
  async search(query: Fingerprint, limit = MAX_RESULTS): Promise<VisualMatches> {
    await this.build();
    const hashes = this.hashes!;
    const colours = this.colours!;
    const n = this.images.length;
    const scores = new Float32Array(n);
    const passing: number[] = [];
    for (let d = 0; d < n; d++) {
      const s = likeness(query, hashes, d * 4, colours, d * COLOUR_BINS);
      scores[d] = s;
      if (s >= MIN_LIKENESS) passing.push(d);
    }
    passing.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const kept = passing.slice(0, limit);
    return { docs: Int32Array.from(kept), scores: Float32Array.from(kept, (d) => scores[d]!) };
  }
}

/** Fingerprints of up to 256 of our pictures, rendered together on one sheet. */
async function renderSheet(urls: string[]): Promise<Fingerprint[]> {
  const rows = Math.ceil(urls.length / PER_ROW);
  const width = PER_ROW * SOURCE;
  const height = rows * SOURCE;
  const tiles = urls.map((url, k) => {
    const spec = parseOfferImageUrl(url);
    const x = (k % PER_ROW) * SOURCE;
    const y = Math.floor(k / PER_ROW) * SOURCE;
    const body = spec ? offerImageBody(spec) : '<rect width="400" height="400" fill="#fff"/>';
    return `<svg x="${x}" y="${y}" width="${SOURCE}" height="${SOURCE}" viewBox="0 0 400 400">${body}</svg>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${tiles.join('')}</svg>`;
  const data = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  const rgb = new Uint8Array(data.buffer, data.byteOffset, data.length);
  const stride = width * 3;
  return urls.map((_, k) => {
    const offset = Math.floor(k / PER_ROW) * SOURCE * stride + (k % PER_ROW) * SOURCE * 3;
    return fingerprint(rgb, offset, stride);
  });
}
