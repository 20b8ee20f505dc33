/**
 * Quantities with their unit in the page's language: "12 pieces", "12 штук", "100–499 件".
 * Units 1688 uses often have messages (Units in messages/*.json, with the language's plural
 * forms); any other unit 1688 sends is shown as it came, in English.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { plural } from '@/lib/domain/pricing';
import type { PriceTier } from '@/lib/domain/schemas';

type Translate = {
  (key: string, values: { count: number }): string;
  has(key: string): boolean;
};
type Format = { number(value: number): string };

export type Units = ReturnType<typeof makeUnits>;

export function makeUnits(t: Translate, format: Format) {
  const name = (unit: string, n: number) => (t.has(unit) ? t(unit, { count: n }) : plural(unit, n));
  const count = (n: number, unit: string) => `${format.number(n)} ${name(unit, n)}`;
  /** "100–499 pieces" or "≥ 2000 pieces": the quantities a tier covers. */
  const band = (tiers: readonly PriceTier[], index: number, unit: string) => {
    const tier = tiers[index];
    const next = tiers[index + 1];
    if (!tier) return '';
    return next
      ? `${format.number(tier.minQuantity)}–${format.number(next.minQuantity - 1)} ${name(unit, next.minQuantity - 1)}`
      : `≥ ${format.number(tier.minQuantity)} ${name(unit, tier.minQuantity)}`;
  };
  return { name, count, band };
}

export function useUnits(): Units {
  return makeUnits(useTranslations('Units') as unknown as Translate, useFormatter());
}
