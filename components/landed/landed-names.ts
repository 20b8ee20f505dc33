/**
 * The rate table's shipping methods, destinations and their import tax in the page's
 * language (Landed in messages/*.json, by method id and destination code). A replacement
 * table's destination that has no message is shown as the table names it.
 */
import { useTranslations } from 'next-intl';
import { type Destination, type Method, RATES } from '@/lib/domain/landed-cost';

const DAYS = /^(\d+)\s*[–-]\s*(\d+) days$/;

type Translate = {
  (key: string, values?: Record<string, number>): string;
  has(key: string): boolean;
};

export type LandedNames = ReturnType<typeof landedNames>;

export function useLandedNames(): LandedNames {
  return landedNames(useTranslations('Landed'));
}

/** The names with a translator of the Landed messages (the server's, in a server component). */
export function landedNames(t: Translate) {
  const known = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);
  return {
    method: (m: Method) => known(`methods.${m.id}`, m.label),
    /** "4–8 days" in the page's language; a table's other wording as it is. */
    days: (m: Method) => {
      const range = DAYS.exec(m.days);
      return range ? t('days', { from: Number(range[1]), to: Number(range[2]) }) : m.days;
    },
    destination: (d: Destination) => known(`destinations.${d.code}.name`, d.name),
    vat: (d: Destination) => known(`destinations.${d.code}.vat`, d.vatName),
    /** "14.5 kg" from grams. */
    kg: (grams: number) => t('kg', { weight: Math.round(grams / 10) / 100 }),
  };
}

/** "Express air (4–8 days)": a shipping method as the estimate's options list it. */
export function methodLabel(names: LandedNames, m: Method): string {
  return `${names.method(m)} (${names.days(m)})`;
}

/** Every method's label, by method id. */
export function methodLabels(names: LandedNames): Record<string, string> {
  return Object.fromEntries(RATES.methods.map((m) => [m.id, methodLabel(names, m)]));
}
