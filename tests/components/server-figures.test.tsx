/**
 * The product page formats its offer's figures on the server (offer-figures.ts) and the
 * browser shows them as they came: a page becoming interactive formats no number, its slowest
 * first step. These tests hold both halves: the server's text is exactly what the components
 * would format themselves, in every language, and with it they format nothing.
 */
import { act, screen } from '@testing-library/react';
import { createFormatter, createTranslator } from 'next-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { landedNames, methodLabels } from '@/components/landed/landed-names';
import { offerFigures } from '@/components/product/offer-figures';
import { ProductView } from '@/components/product/product-view';
import { TimeAgo } from '@/components/ui/time-ago';
import { makeUnits, type Translate } from '@/i18n/units';
import { DEFAULT_CURRENCY, DEFAULT_RATES, formatConverted } from '@/lib/domain/currency';
import { LOCALES, type Locale } from '@/lib/domain/locales';
import type { Product } from '@/lib/domain/schemas';
import { bottle, phoneCase } from '../fixtures/offers';
import { MESSAGES, renderIn } from '../setup/intl';

vi.mock('next/link', () => import('../setup/next-link'));

/** On sale with a promotion per tier, dropshipping at its own price. */
const promoted: Product = {
  ...phoneCase,
  id: '600000000009',
  onePiece: true,
  consignPrice: 4.125,
  promotion: {
    kind: 'plus',
    label: '1688 Plus members',
    price: 3.2,
    tiers: [{ minQuantity: 500, price: 2.6 }],
  },
};
const PRODUCTS = { 'a grid of variants': phoneCase, 'per-variant prices': bottle, promoted };

/** What the product page hands the view: formatted as a server component formats. */
function serverProps(product: Product, locale: Locale) {
  const messages = MESSAGES[locale];
  // The translators the server's getTranslations gives (what getUnits and landedNames take).
  const t = <T = Translate,>(namespace: string) =>
    createTranslator({ locale, messages, namespace: namespace as never }) as unknown as T;
  const format = createFormatter({ locale, timeZone: 'Asia/Shanghai' });
  return {
    figures: offerFigures(product, {
      units: makeUnits(t('Units'), format, t('UnitsObject')),
      locale,
      number: (n) => format.number(n),
      approx: (yuan) => formatConverted(yuan, DEFAULT_CURRENCY, DEFAULT_RATES, locale),
    }),
    methodLabels: methodLabels(landedNames(t<Parameters<typeof landedNames>[0]>('Landed'))),
  };
}

function view(product: Product, locale: Locale, server: ReturnType<typeof serverProps> | null) {
  const { description: _d, attributes: _a, ...listable } = product;
  return renderIn(
    <DisplayProvider rates={DEFAULT_RATES}>
      <ProductView
        product={listable}
        heading={<h1>{product.title}</h1>}
        fetchedAt="2026-12-01T08:00:00.000Z"
        {...server}
      />
    </DisplayProvider>,
    { locale },
  );
}

/** The markup without React's generated ids, which differ from one render to the next. */
const markup = (html: string) => html.replace(/_r_[0-9a-z]+_/g, 'ID');

/** Every way a page formats a number or a time in the browser. */
function formatSpies() {
  return [
    // Getters in the standard: the formatting function bound to its formatter.
    vi.spyOn(Intl.NumberFormat.prototype as { format: unknown }, 'format', 'get'),
    vi.spyOn(Intl.NumberFormat.prototype, 'formatToParts'),
    vi.spyOn(Intl.NumberFormat.prototype, 'formatRange'),
    vi.spyOn(Intl.RelativeTimeFormat.prototype, 'format'),
    vi.spyOn(Intl.DateTimeFormat.prototype as { format: unknown }, 'format', 'get'),
  ];
}
const calls = (spies: ReturnType<typeof formatSpies>) =>
  spies.reduce((n, s) => n + s.mock.calls.length, 0);

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: new Date('2026-12-01T10:00:00.000Z'),
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe("the product page's figures, formatted on the server", () => {
  it('format nothing while the page becomes interactive; times say "ago" once it is idle', () => {
    // The only test that lets the page go idle: until then every view shows the server's time.
    for (const product of Object.values(PRODUCTS)) {
      const props = serverProps(product, 'en');
      const spies = formatSpies();
      const { unmount } = view(product, 'en', props);
      expect(calls(spies), product.title).toBe(0);
      expect(screen.getByTestId('prices-as-of')).toHaveTextContent('2026-12-01 08:00 UTC');
      unmount();
      vi.restoreAllMocks();
    }
    // Without them the same view formats its figures itself.
    const spies = formatSpies();
    view(phoneCase, 'en', null).unmount();
    expect(calls(spies)).toBeGreaterThan(0);
    vi.restoreAllMocks();

    // Two times on one page switch together, however late the second one came.
    view(phoneCase, 'en', serverProps(phoneCase, 'en'));
    act(() => vi.advanceTimersByTime(150));
    renderIn(<TimeAgo at="2026-12-01T09:30:00.000Z" initial="09:30 UTC" />);
    expect(screen.getByText('09:30 UTC')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60));
    expect(screen.getByTestId('prices-as-of')).toHaveTextContent(
      'Prices and stock as of 2 hours ago',
    );
    expect(screen.getByText('30 minutes ago')).toBeInTheDocument();
  });

  it.each(LOCALES)('are the text the components would format themselves, in %s', (locale) => {
    for (const [name, product] of Object.entries(PRODUCTS)) {
      const theirs = view(product, locale, null);
      const expected = markup(theirs.container.innerHTML);
      theirs.unmount();
      const ours = view(product, locale, serverProps(product, locale));
      expect(markup(ours.container.innerHTML), name).toBe(expected);
      ours.unmount();
    }
  });

  it('show the tier table, per-variant prices and stock, dropshipping and methods', () => {
    view(promoted, 'ru', serverProps(promoted, 'ru'));
    const text = (el: Element) => el.textContent!.replace(/\s/g, ' ');
    const tiers = screen.getAllByRole('row').map(text);
    expect(tiers).toContain('100–499 штук3,50 CN¥ ≈ 0,48 $–');
    expect(tiers).toContain('500–1 999 штук2,80 CN¥ ≈ 0,39 $2,60 CN¥');
    expect(text(screen.getByTestId('dropship'))).toContain('по 4,13 CN¥≈ 0,57 $ за штуку');
    expect(screen.getByRole('spinbutton', { name: /Black, M/ })).toHaveAccessibleDescription(
      /30 штук/,
    );
  });
});
