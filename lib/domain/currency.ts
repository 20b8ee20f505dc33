/**
 * Display currencies. Prices are always CNY; the shopper may see an approximate conversion.
 * Rates are configurable (CURRENCY_RATES="USD=0.138,EUR=0.128") and default to the table
 * below, documented in the README.
 */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'AUD', 'CAD', 'RUB'] as const;
export type Currency = (typeof CURRENCIES)[number];
export type Rates = Record<Currency, number>;

/** Units of each currency for 1 CNY. */
export const DEFAULT_RATES: Rates = {
  USD: 0.138,
  EUR: 0.128,
  GBP: 0.109,
  JPY: 21.3,
  AUD: 0.212,
  CAD: 0.193,
  RUB: 12.6,
};

export const DEFAULT_CURRENCY: Currency = 'USD';
export const CURRENCY_COOKIE = 'pifa_currency';

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** Overrides from "USD=0.14,EUR=0.13"; entries that don't parse are ignored. */
export function parseRates(text: string | undefined): Rates {
  const rates = { ...DEFAULT_RATES };
  for (const entry of (text ?? '').split(',')) {
    const [code, value] = entry.split('=').map((s) => s.trim());
    const rate = Number(value);
    if (isCurrency(code) && Number.isFinite(rate) && rate > 0) rates[code] = rate;
  }
  return rates;
}

const cnyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' });
const formats = new Map<Currency, Intl.NumberFormat>();

const plainFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatCny(yuan: number): string {
  return cnyFormat.format(yuan);
}

/** "CN¥1.20–3.40": one symbol for a range. */
export function formatCnyRange(min: number, max: number): string {
  return min === max ? formatCny(min) : `${formatCny(min)}–${plainFormat.format(max)}`;
}

export function formatConverted(yuan: number, currency: Currency, rates: Rates): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: currency === 'JPY' ? 0 : 2,
    });
    formats.set(currency, format);
  }
  return `≈ ${format.format(yuan * rates[currency])}`;
}
