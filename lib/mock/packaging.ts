/**
 * Weight and package size of a mock offer, plausible together: the unit weight follows the
 * offer's price within its category (a phone case weighs less than a power bank), and the
 * package is that weight at the packed density of the category's goods (folded clothes in a
 * polybag, a shoebox, a rolled mat...), so volumetric weight lands where real parcels do.
 */
import type { GlyphName } from '@/lib/domain/glyphs';
import { type Random, round2 } from './random';

type Packing = {
  /** Packed density range in kg/m³. */
  density: [number, number];
  /** Width and height of the package relative to its length. */
  shape: [number, number];
};

const PACKING: Record<GlyphName, Packing> = {
  dress: { density: [150, 300], shape: [0.75, 0.12] },
  phone: { density: [150, 350], shape: [0.6, 0.3] },
  home: { density: [100, 300], shape: [0.8, 0.6] },
  toy: { density: [70, 200], shape: [0.8, 0.7] },
  beauty: { density: [250, 500], shape: [0.5, 0.4] },
  bag: { density: [70, 160], shape: [0.7, 0.35] },
  shoe: { density: [150, 260], shape: [0.6, 0.37] },
  car: { density: [150, 400], shape: [0.6, 0.4] },
  sports: { density: [90, 300], shape: [0.5, 0.4] },
  office: { density: [300, 600], shape: [0.7, 0.2] },
  box: { density: [200, 500], shape: [0.8, 0.1] },
  tool: { density: [300, 800], shape: [0.5, 0.3] },
  gem: { density: [100, 300], shape: [0.7, 0.3] },
  paw: { density: [100, 300], shape: [0.7, 0.5] },
  tag: { density: [150, 300], shape: [0.7, 0.4] },
};

export type Package = {
  weightKg: number;
  dimensionsCm: { length: number; width: number; height: number };
};

/**
 * `pricePosition` is where the offer's price sits in its category's range (0 cheapest, 1
 * dearest); dearer goods tend to be heavier, with room for exceptions.
 */
export function makePackage(
  r: Random,
  glyph: GlyphName,
  weightRange: [number, number],
  pricePosition: number,
): Package {
  const [lo, hi] = weightRange;
  const t = Math.min(1, Math.max(0, 0.65 * pricePosition + 0.35 * r.next()));
  const weightKg = Math.max(0.005, round2(lo * (hi / lo) ** t) || 0.005);
  const { density, shape } = PACKING[glyph];
  const rho = density[0] + r.next() * (density[1] - density[0]);
  const volumeCm3 = (weightKg / rho) * 1_000_000;
  const w = shape[0] * (0.85 + r.next() * 0.3);
  const h = shape[1] * (0.85 + r.next() * 0.3);
  const length = Math.cbrt(volumeCm3 / (w * h));
  const cm = (n: number) => Math.max(1, Math.round(n));
  return {
    weightKg,
    dimensionsCm: { length: cm(length), width: cm(length * w), height: cm(length * h) },
  };
}
