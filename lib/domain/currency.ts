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

/**
 * Formats are per language (BCP 47 tag, e.g. "ru": "1 234,50 CN¥"); English keeps the
 * "CN¥1.20–3.40" and "≈ $0.17–0.47" forms.
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : locale, options);
    formats.set(key, format);
  }
  return format;
}

const CNY = { style: 'currency', currency: 'CNY' } as const;
const PLAIN = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

export function formatCny(yuan: number, locale = 'en'): string {
  return numberFormat(locale, CNY).format(yuan);
}

/** "CN¥1.20–3.40": one symbol for a range. */
export function formatCnyRange(min: number, max: number, locale = 'en'): string {
  if (min === max) return formatCny(min, locale);
  if (locale === 'en')
    return `${formatCny(min, locale)}–${numberFormat(locale, PLAIN).format(max)}`;
  return numberFormat(locale, CNY).formatRange(min, max);
}

function convertedFormat(currency: Currency, locale: string): Intl.NumberFormat {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'JPY' ? 0 : 2,
  });
}

export function formatConverted(
  yuan: number,
  currency: Currency,
  rates: Rates,
  locale = 'en',
): string {
  return `≈ ${convertedFormat(currency, locale).format(yuan * rates[currency])}`;
}

/** "≈ $0.17–0.47" in the shopper's currency. */
export function formatConvertedRange(
  min: number,
  max: number,
  currency: Currency,
  rates: Rates,
  locale = 'en',
): string {
  if (min === max) return formatConverted(min, currency, rates, locale);
  if (locale === 'en') {
    const high = formatConverted(max, currency, rates, locale).slice(2);
    return `${formatConverted(min, currency, rates, locale)}–${high}`;
  }
  const format = convertedFormat(currency, locale);
  return `≈ ${format.formatRange(min * rates[currency], max * rates[currency])}`;
}
