import { screen, within } from '@testing-library/react';
import { renderIn as render } from '../setup/intl';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { SupplierName } from '@/components/product/product-details';
import { ProductView } from '@/components/product/product-view';
import { FilterPanel } from '@/components/search/filter-panel';
import { ResultCount } from '@/components/search/result-count';
import { SortSelect } from '@/components/search/sort-select';
import { FULL_CAPABILITIES } from '@/lib/domain/capabilities';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import { toOfferState } from '@/lib/domain/offer-state';
import { type Product, searchQuery } from '@/lib/domain/schemas';
import { LIVE_CAPABILITIES } from '@/lib/gateway/search';
import { phoneCase } from '../fixtures/offers';

vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn() }),
}));

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const { description: _d, attributes: _a, ...listable } = phoneCase;
const product: Parameters<typeof ProductView>[0]['product'] = {
  ...listable,
  id: '624356789012',
  title: 'Summer Dress',
  image: '/img/dress/dc2626/0.svg',
  images: ['/img/dress/dc2626/0.svg'],
  pricing: 'tiered',
  tiers: [
    { minQuantity: 2, price: 28 },
    { minQuantity: 100, price: 24 },
  ],
  price: { min: 24, max: 28, currency: 'CNY' },
  moq: 2,
  lotSize: 1,
  unit: 'piece',
  skus: [{ id: 's1', attributes: [], price: 28, stock: 40 }],
  available: true,
};

function show(p = product, fetchedAt?: string) {
  render(
    <DisplayProvider rates={DEFAULT_RATES}>
      <ProductView product={p} heading={<h1>Summer Dress</h1>} fetchedAt={fetchedAt} />
    </DisplayProvider>,
  );
}

describe('prices right', () => {
  it('the tiers show what every buyer pays; the promotion sits beside them, labelled', () => {
    show({
      ...product,
      promotion: {
        kind: 'plus',
        label: '1688 Plus members',
        price: 22,
        tiers: [
          { minQuantity: 2, price: 25.8 },
          { minQuantity: 100, price: 22 },
        ],
      },
    });
    const table = screen.getAllByRole('table')[0]!;
    expect(within(table).getByRole('columnheader', { name: '1688 Plus members' })).toBeVisible();
    const [, first] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('CN¥28.00');
    expect(first).toHaveTextContent('CN¥25.80');
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥28.00');
    expect(screen.getByTestId('promotion')).toHaveTextContent(
      '1688 Plus members: from CN¥22.00 per unit. The prices above are what every buyer pays.',
    );
  });
});

describe('offer status', () => {
  it('an offer not on sale shows why, and no order form', () => {
    show({ ...product, available: false, status: 'expired' });
    expect(screen.getByRole('alert')).toHaveTextContent('This offer is not on sale on 1688');
    expect(screen.getByRole('alert')).toHaveTextContent('“expired”');
    expect(screen.queryByRole('textbox', { name: /quantity/i })).toBeNull();
    expect(screen.queryByTestId('total')).toBeNull();
  });

  it('says how old the prices are and fetches current ones when asked', async () => {
    const fresh = toOfferState(
      {
        ...(product as Product),
        tiers: [{ minQuantity: 2, price: 26 }],
        skus: [{ ...product.skus[0]!, price: 26, stock: 0 }],
      },
      new Date().toISOString(),
    );
    server.use(
      http.get('*/api/products/624356789012/offer-state', () =>
        HttpResponse.json({ data: fresh, source: 'live' }),
      ),
    );
    show(product, new Date(Date.now() - 3 * 3600_000).toISOString());
    expect(screen.getByTestId('prices-as-of')).toHaveTextContent(/Prices and stock as of/);
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥28.00');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Check current price and stock' }));
    expect(await screen.findByText(/Checked with 1688/)).toBeVisible();
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥26.00');
  });

  it('a failed check says so and keeps the cached figures', async () => {
    server.use(
      http.get('*/api/products/624356789012/offer-state', () =>
        HttpResponse.json(
          { error: { code: 'upstream_timeout', message: '1688 did not answer in time.' } },
          { status: 504 },
        ),
      ),
    );
    show(product, new Date().toISOString());
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Check current price and stock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1688 did not answer in time.');
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥28.00');
  });
});

describe('capabilities in the UI', () => {
  it('live offers no "Newest" sort; the mock does', () => {
    const query = searchQuery.parse({ q: 'cup' });
    const { unmount } = render(<SortSelect query={query} sorts={LIVE_CAPABILITIES.sorts} />);
    const names = () => screen.getAllByRole('option').map((o) => o.textContent);
    expect(names()).not.toContain('Newest');
    expect(names()).toContain('Most sold (30 days)');
    unmount();
    render(<SortSelect query={query} sorts={FULL_CAPABILITIES.sorts} />);
    expect(names()).toContain('Newest');
  });

  it('a filter pifa applies itself says so, and only offered filters are shown', () => {
    const query = searchQuery.parse({ q: 'cup' });
    render(
      <FilterPanel
        query={query}
        path={[]}
        subcategories={[]}
        capabilities={{ sorts: ['relevance'], filters: { maxMoq: 'local' } }}
      />,
    );
    expect(screen.getByLabelText('Minimum order at most')).toBeVisible();
    expect(screen.getByText(/1688 cannot filter on this/)).toBeVisible();
    expect(screen.queryByLabelText('Factories only')).toBeNull();
    expect(screen.queryByLabelText('Minimum price in CNY')).toBeNull();
  });

  it('an estimated count says "about", and why', () => {
    const query = searchQuery.parse({ q: 'cup', maxMoq: 5 });
    render(
      <ResultCount
        query={query}
        capabilities={LIVE_CAPABILITIES}
        page={{ items: [], total: 150, page: 1, pageSize: 20, totalPages: 8, approximate: true }}
      />,
    );
    expect(screen.getByTestId('result-count')).toHaveTextContent('about 150 offers · page 1 of 8');
    expect(screen.getByTestId('count-note')).toHaveTextContent(
      '“Minimum order at most” is checked by pifa on 1688’s results, so the count is an estimate.',
    );
  });

  it('an exact count is plain', () => {
    render(
      <ResultCount
        query={searchQuery.parse({ q: 'cup' })}
        capabilities={LIVE_CAPABILITIES}
        page={{ items: [], total: 452, page: 1, pageSize: 20, totalPages: 23 }}
      />,
    );
    expect(screen.getByTestId('result-count')).toHaveTextContent(/^452 offers · page 1 of 23$/);
    expect(screen.queryByTestId('count-note')).toBeNull();
  });
});

describe('supplier names', () => {
  it('an untranslated name is said to be the Chinese name', () => {
    render(<SupplierName supplier={{ name: '义乌某某服饰', nameZh: '义乌某某服饰' }} />);
    expect(screen.getByText('(Chinese name)')).toBeVisible();
    expect(screen.getAllByText('义乌某某服饰')).toHaveLength(1);
  });

  it('a translated name has the Chinese beside it', () => {
    render(<SupplierName supplier={{ name: 'Yiwu Garments', nameZh: '义乌某某服饰' }} />);
    expect(screen.queryByText('(Chinese name)')).toBeNull();
    expect(screen.getByText('义乌某某服饰')).toBeVisible();
  });
});
