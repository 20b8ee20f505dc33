/**
 * The fonts of the link-preview pictures: Noto Sans SC (Latin, Cyrillic and simplified
 * Chinese, regular and bold), shipped in assets/fonts under the SIL Open Font License.
 *
 * next/og fetches a font from Google, or an emoji picture from a CDN, for any character its
 * fonts lack. The server talks to the gateway and nothing else, so text is reduced to the
 * characters these fonts draw before it reaches the picture (`printable`).
 */
import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';

const SUBSETS = ['latin', 'cyrillic', 'chinese-simplified'] as const;

/**
 * next/og keeps one font per name and weight, so each subset has its own name; the card asks
 * for them in this order.
 */
const fontName = (subset: string) => `Noto Sans SC ${subset}`;
export const PREVIEW_FONT = SUBSETS.map(fontName).join(', ');
const WEIGHTS = [400, 700] as const;

export type PreviewFont = {
  name: string;
  data: ArrayBuffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
};

export type PreviewFonts = {
  fonts: PreviewFont[];
  /** The text with every character no font draws (emoji, rare ideographs…) taken out. */
  printable(text: string): string;
};

function fontFile(subset: string, weight: number): string {
  return join(process.cwd(), 'assets/fonts', `noto-sans-sc-${subset}-${weight}-normal.woff`);
}

async function load(): Promise<PreviewFonts> {
  const files = await Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        subset,
        weight,
        data: await readFile(fontFile(subset, weight)),
      })),
    ),
  );
  // Both weights hold the same characters; the regular ones say which.
  const parsed = files
    .filter((f) => f.weight === 400)
    .map((f) => create(f.data) as Font)
    .filter((f) => typeof f.hasGlyphForCodePoint === 'function');
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  /**
   * next/og draws a character as shown (a letter with its accents, a keycap, a flag) with one
   * font: the first, in the card's order, that has its first code point. It is drawn only if
   * that font has every code point of it; anything else would be fetched.
   */
  const draws = (grapheme: string): boolean => {
    const points = Array.from(grapheme, (c) => c.codePointAt(0)!);
    const font = parsed.find((f) => f.hasGlyphForCodePoint(points[0]!));
    return !!font && points.every((p) => font.hasGlyphForCodePoint(p));
  };
  return {
    fonts: files.map(({ subset, weight, data }) => ({
      name: fontName(subset),
      data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
      weight,
      style: 'normal',
    })),
    printable(text) {
      let out = '';
      // Narrow and thin spaces (in some languages' numbers) are drawn as no-break spaces.
      const spaced = text.normalize('NFC').replace(/[\u2000-\u200a\u202f\u205f]/g, '\u00a0');
      for (const { segment } of graphemes.segment(spaced)) {
        if (draws(segment)) out += segment;
      }
      return out.replace(/[^\S\u00a0]+/g, ' ').trim();
    },
  };
}

let fonts: Promise<PreviewFonts> | undefined;

/** Read and parsed once per process; a failed read is tried again on the next picture. */
export function previewFonts(): Promise<PreviewFonts> {
  fonts ??= load().catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}
