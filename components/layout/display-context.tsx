'use client';

/**
 * The shopper's display currency, read from its cookie in the browser. Pages are rendered
 * without it (so that they can be cached and shared by every shopper) and show USD until the
 * browser applies the chosen currency.
 */
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import {
  CURRENCY_COOKIE,
  type Currency,
  DEFAULT_CURRENCY,
  DEFAULT_RATES,
  isCurrency,
  type Rates,
} from '@/lib/domain/currency';

export type Display = { currency: Currency; rates: Rates };

const RatesContext = createContext<Rates>(DEFAULT_RATES);

function readCookie(): Currency {
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${CURRENCY_COOKIE}=`));
  const value = match?.slice(CURRENCY_COOKIE.length + 1);
  return isCurrency(value) ? value : DEFAULT_CURRENCY;
}

const noSubscription = () => () => undefined;

export function useDisplay(): Display {
  const currency = useSyncExternalStore(noSubscription, readCookie, () => DEFAULT_CURRENCY);
  return { currency, rates: useContext(RatesContext) };
}

export function DisplayProvider({ rates, children }: { rates: Rates; children: ReactNode }) {
  return <RatesContext.Provider value={rates}>{children}</RatesContext.Provider>;
}
