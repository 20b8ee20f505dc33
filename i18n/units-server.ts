/**
 * Quantities with their unit in a server component or route, in the given language (the
 * server's side of useUnits).
 */
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/locales';
import { makeUnits, type Translate, type Units } from './units';

export async function getUnits(locale: Locale): Promise<Units> {
  const [t, object, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Units' }),
    getTranslations({ locale, namespace: 'UnitsObject' }),
    getFormatter({ locale }),
  ]);
  return makeUnits(t as unknown as Translate, format, object as unknown as Translate);
}
