/**
 * Product pictures for the mock catalog, drawn on demand as SVG so that the store works with
 * no network: a tinted backdrop, the category's glyph in the offer's colour and a different
 * framing per gallery position. URLs are pure functions of their parameters.
 */
import { GLYPHS, type GlyphName, isGlyphName } from '@/lib/domain/glyphs';

export type OfferImageSpec = { glyph: GlyphName; color: string; variant: number };

const HEX = /^[0-9a-f]{6}$/;
export const IMAGE_VARIANTS = 6;

export function offerImageUrl(spec: OfferImageSpec): string {
  return `/img/${spec.glyph}/${spec.color}/${spec.variant}.svg`;
}

/** Reads an image URL's segments back; null when any of them is not one we draw. */
export function parseOfferImage(glyph: string, color: string, file: string): OfferImageSpec | null {
  const m = /^(\d)\.svg$/.exec(file);
  if (!m || !isGlyphName(glyph) || !HEX.test(color)) return null;
  const variant = Number(m[1]);
  if (variant >= IMAGE_VARIANTS) return null;
  return { glyph, color, variant };
}

function mix(hex: string, toward: number, amount: number): string {
  const parts = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = parts.map((c) => Math.round(c + (toward - c) * amount));
  return mixed.map((c) => c.toString(16).padStart(2, '0')).join('');
}

const FRAMES = [
  { scale: 12, x: 56, y: 56, rotate: 0 },
  { scale: 9, x: 92, y: 92, rotate: -12 },
  { scale: 15, x: 20, y: 30, rotate: 8 },
  { scale: 10, x: 80, y: 60, rotate: 0 },
  { scale: 13, x: 44, y: 36, rotate: 14 },
  { scale: 8, x: 104, y: 104, rotate: -6 },
];

export function renderOfferImage({ glyph, color, variant }: OfferImageSpec): string {
  const frame = FRAMES[variant % FRAMES.length]!;
  const bg = mix(color, 255, 0.86);
  const bg2 = mix(color, 255, 0.7);
  const stroke = mix(color, 0, 0.15);
  const paths = GLYPHS[glyph].map((d) => `<path d="${d}"/>`).join('');
  const dots =
    variant % 2 === 1
      ? `<g fill="#${bg2}">${[0, 1, 2, 3, 4]
          .map((i) => `<circle cx="${40 + i * 80}" cy="${360 - (i % 2) * 16}" r="10"/>`)
          .join('')}</g>`
      : `<rect x="0" y="300" width="400" height="100" fill="#${bg2}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">` +
    `<rect width="400" height="400" fill="#${bg}"/>${dots}` +
    `<g transform="translate(${frame.x} ${frame.y}) rotate(${frame.rotate} ${12 * frame.scale} ${12 * frame.scale}) scale(${frame.scale})" ` +
    `fill="#${color}" fill-opacity="0.18" stroke="#${stroke}" stroke-width="${(1.6 * 12) / frame.scale}" ` +
    `stroke-linecap="round" stroke-linejoin="round">${paths}</g></svg>`
  );
}
