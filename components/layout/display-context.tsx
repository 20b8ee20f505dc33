'use client';

/**
 * The shopper's display currency, read from its cookie in the browser. Pages are rendered
 * without it (so that they can be cached and shared by every shopper) and show USD until the
 * browser applies the chosen currency, once the page has hydrated (see hydrated.ts). The
 * provider reads the cookie once for the whole page: a page of prices has one reader, not one
 * per price.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import {
  CURRENCY_COOKIE,
  type Currency,
  DEFAULT_CURRENCY,
  DEFAULT_RATES,
  isCurrency,
  type Rates,
} from '@/lib/domain/currency';
import { cookieValue } from '@/lib/http/cookies';
import { noSubscription, useBrowserValue } from '@/components/storage/hydrated';

export type Display = { currency: Currency; rates: Rates };

const DisplayContext = createContext<Display>({
  currency: DEFAULT_CURRENCY,
  rates: DEFAULT_RATES,
});

function chosenCurrency(): Currency {
  const value = cookieValue(document.cookie, CURRENCY_COOKIE);
  return isCurrency(value) ? value : DEFAULT_CURRENCY;
}

const serverCurrency = () => DEFAULT_CURRENCY;

export function useDisplay(): Display {
  return useContext(DisplayContext);
}

export function DisplayProvider({ rates, children }: { rates: Rates; children: ReactNode }) {
  const currency = useBrowserValue(noSubscription, chosenCurrency, serverCurrency);
  const display = useMemo(() => ({ currency, rates }), [currency, rates]);
  return <DisplayContext.Provider value={display}>{children}</DisplayContext.Provider>;
}
