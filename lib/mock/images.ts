/**
 * Product pictures for the mock catalog, drawn on demand as SVG so that the store works with
 * no network: a tinted backdrop, the category's glyph in the offer's colour and a different
 * framing per gallery position. Each offer's main picture also has its own layout (where the
 * glyph sits, how large and how turned, and the backdrop's pattern), so that two offers of one
 * category and colour still look different, as two suppliers' photos do, and image search can
 * tell them apart. URLs are pure functions of their parameters.
 */
import { GLYPHS, type GlyphName, isGlyphName } from '@/lib/domain/glyphs';

export type OfferImageSpec = {
  glyph: GlyphName;
  color: string;
  variant: number;
  /** The main picture's own layout (0 … LAYOUTS − 1); without one, the variant's framing. */
  layout?: number;
};

const HEX = /^[0-9a-f]{6}$/;
export const IMAGE_VARIANTS = 6;
export const LAYOUTS = 64;
export const IMAGE_SIZE = 400;

export function offerImageUrl(spec: OfferImageSpec): string {
  const layout = spec.layout === undefined ? '' : `-${spec.layout}`;
  return `/img/${spec.glyph}/${spec.color}/${spec.variant}${layout}.svg`;
}

/** Reads an image URL's segments back; null when any of them is not one we draw. */
export function parseOfferImage(glyph: string, color: string, file: string): OfferImageSpec | null {
  const m = /^(\d)(?:-(\d{1,4}))?\.svg$/.exec(file);
  if (!m || !isGlyphName(glyph) || !HEX.test(color)) return null;
  const variant = Number(m[1]);
  if (variant >= IMAGE_VARIANTS) return null;
  if (m[2] === undefined) return { glyph, color, variant };
  const layout = Number(m[2]);
  return layout < LAYOUTS ? { glyph, color, variant, layout } : null;
}

/** An image URL of ours, read back (paths like those offerImageUrl makes, on any host). */
export function parseOfferImageUrl(url: string): OfferImageSpec | null {
  const m = /\/img\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(url);
  return m ? parseOfferImage(m[1]!, m[2]!, m[3]!) : null;
}

function mix(hex: string, toward: number, amount: number): string {
  const parts = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = parts.map((c) => Math.round(c + (toward - c) * amount));
  return mixed.map((c) => c.toString(16).padStart(2, '0')).join('');
}

type Frame = { scale: number; x: number; y: number; rotate: number; dots: boolean; band: number };

const FRAMES: Omit<Frame, 'dots' | 'band'>[] = [
  { scale: 12, x: 56, y: 56, rotate: 0 },
  { scale: 9, x: 92, y: 92, rotate: -12 },
  { scale: 15, x: 20, y: 30, rotate: 8 },
  { scale: 10, x: 80, y: 60, rotate: 0 },
  { scale: 13, x: 44, y: 36, rotate: 14 },
  { scale: 8, x: 104, y: 104, rotate: -6 },
];

const SCALES = [9.5, 11, 12.5, 14];
const PLACES: [number, number][] = [
  [0.15, 0.2],
  [0.85, 0.25],
  [0.2, 0.8],
  [0.8, 0.85],
];

/** A layout's framing: bits 0–1 the size, 2–3 the place, 4 the turn, 5 the backdrop. */
function layoutFrame(layout: number): Frame {
  const scale = SCALES[layout & 3]!;
  const [fx, fy] = PLACES[(layout >> 2) & 3]!;
  const free = IMAGE_SIZE - 24 * scale - 24;
  return {
    scale,
    rotate: (layout >> 4) & 1 ? 10 : -8,
    x: 12 + fx * free,
    y: 12 + fy * free,
    dots: ((layout >> 5) & 1) === 1,
    band: 70 + (layout & 3) * 20,
  };
}

function frameOf({ variant, layout }: OfferImageSpec): Frame {
  if (layout !== undefined) return layoutFrame(layout);
  const f = FRAMES[variant % FRAMES.length]!;
  return { ...f, dots: variant % 2 === 1, band: 100 };
}

/** The picture's content, on a 400 × 400 grid, without the enclosing <svg> element. */
export function offerImageBody(spec: OfferImageSpec): string {
  const { glyph, color } = spec;
  const frame = frameOf(spec);
  const bg = mix(color, 255, 0.86);
  const bg2 = mix(color, 255, 0.7);
  const stroke = mix(color, 0, 0.15);
  const paths = GLYPHS[glyph].map((d) => `<path d="${d}"/>`).join('');
  const backdrop = frame.dots
    ? `<g fill="#${bg2}">${[0, 1, 2, 3, 4]
        .map((i) => `<circle cx="${40 + i * 80}" cy="${360 - (i % 2) * 16}" r="10"/>`)
        .join('')}</g>`
    : `<rect x="0" y="${IMAGE_SIZE - frame.band}" width="400" height="${frame.band}" fill="#${bg2}"/>`;
  const pivot = 12 * frame.scale;
  return (
    `<rect width="400" height="400" fill="#${bg}"/>${backdrop}` +
    `<g transform="translate(${frame.x} ${frame.y}) rotate(${frame.rotate} ${pivot} ${pivot}) scale(${frame.scale})" ` +
    `fill="#${color}" fill-opacity="0.18" stroke="#${stroke}" stroke-width="${(1.6 * 12) / frame.scale}" ` +
    `stroke-linecap="round" stroke-linejoin="round">${paths}</g>`
  );
}

export function renderOfferImage(spec: OfferImageSpec): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">${offerImageBody(spec)}</svg>`;
}
