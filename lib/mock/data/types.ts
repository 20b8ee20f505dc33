/** Shapes of the mock catalog's vocabulary tables. */
import type { GlyphName } from '@/lib/domain/glyphs';

export type AxisName =
  'color' | 'size' | 'shoeSize' | 'capacity' | 'model' | 'pack' | 'shade' | 'volume';

export type TopCategoryDef = {
  /** "中文|English" */
  pair: string;
  glyph: GlyphName;
  unit: string;
  axes: AxisName[];
  /** Typical first-tier unit price range in CNY. */
  price: [number, number];
  weightKg: [number, number];
  /** City keys (see places.ts) where such goods are usually made. */
  origins: string[];
  modifiers: string;
  attributes: Record<string, string>;
  /**
   * level 2 "中文|English" (optionally "@min-max": its own price range) → level 3 "中文|English" → product nouns. */
  children: Record<string, Record<string, string>>;
};
