/**
 * The shopper's display preferences, read on the server from a cookie (so that pages render
 * the right currency on the first paint and work without JavaScript).
 */
import 'server-only';
import { cookies } from 'next/headers';
import { getDisplayRates } from '@/lib/catalog';
import {
  CURRENCY_COOKIE,
  DEFAULT_CURRENCY,
  type Currency,
  isCurrency,
  type Rates,
} from '@/lib/catalog/currency';

export type Display = { currency: Currency; rates: Rates };

export async function getDisplay(): Promise<Display> {
  const value = (await cookies()).get(CURRENCY_COOKIE)?.value;
  return { currency: isCurrency(value) ? value : DEFAULT_CURRENCY, rates: getDisplayRates() };
}
