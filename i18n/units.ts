/**
 * Quantities with their unit in the page's language: "12 pieces", "12 штук", "100–499 件".
 * Units 1688 uses often have messages (Units in messages/*.json, with the language's plural
 * forms); any other unit 1688 sends is shown as it came, in English. A quantity that is the
 * object of a verb ("add 1 more piece") takes UnitsObject: Russian says "ещё 1 штуку".
 */
import { useFormatter, useTranslations } from 'next-intl';
import { plural } from '@/lib/domain/pricing';
import type { PriceTier } from '@/lib/domain/schemas';

export type Translate = {
  (key: string, values: { count: number }): string;
  has(key: string): boolean;
};
type Format = { number(value: number): string };

export type Units = ReturnType<typeof makeUnits>;

export function makeUnits(t: Translate, format: Format, object: Translate = t) {
  const named = (tr: Translate) => (unit: string, n: number) =>
    tr.has(unit) ? tr(unit, { count: n }) : plural(unit, n);
  const name = named(t);
  const objectName = named(object);
  const count = (n: number, unit: string) => `${format.number(n)} ${name(unit, n)}`;
  /** "add 1 piece": the quantity as the object of a verb. */
  const objectCount = (n: number, unit: string) => `${format.number(n)} ${objectName(unit, n)}`;
  /** "100–499 pieces" or "≥ 2000 pieces": the quantities a tier covers. */
  const band = (tiers: readonly PriceTier[], index: number, unit: string) => {
    const tier = tiers[index];
    const next = tiers[index + 1];
    if (!tier) return '';
    return next
      ? `${format.number(tier.minQuantity)}–${format.number(next.minQuantity - 1)} ${name(unit, next.minQuantity - 1)}`
      : `≥ ${format.number(tier.minQuantity)} ${name(unit, tier.minQuantity)}`;
  };
  /** The unit every one of `units` shares, or null when they differ (or there are none). */
  const common = (units: readonly string[]) =>
    units.length && units.every((u) => u === units[0]) ? units[0]! : null;
  return { name, count, objectName, objectCount, band, common };
}

export function useUnits(): Units {
  return makeUnits(
    useTranslations('Units') as unknown as Translate,
    useFormatter(),
    useTranslations('UnitsObject') as unknown as Translate,
  );
}
