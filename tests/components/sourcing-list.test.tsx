import { act, screen, within } from '@testing-library/react';
import { renderIn as render } from '../setup/intl';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SWRConfig } from 'swr';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { LIST_KEY, SET_ASIDE_KEY } from '@/components/list/list-store';
import { MyList } from '@/components/list/my-list';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import type { Locale } from '@/lib/domain/locales';
import { addToList } from '@/lib/domain/list-edit';
import type { Product } from '@/lib/domain/schemas';
import { EMPTY_LIST, readList, writeList } from '@/lib/domain/sourcing-list';
import { bottle, phoneCase } from '../fixtures/offers';

vi.mock('next/link', () => import('../setup/next-link'));

let catalog: Record<string, Product | 404 | 500> = {};
const server = setupServer(
  http.get('*/api/products/:id', ({ params }) => {
    const found = catalog[params.id as string];
    if (found === 404 || found === undefined)
      return HttpResponse.json({ error: { code: 'not_found', message: 'gone' } }, { status: 404 });
    if (found === 500)
      return HttpResponse.json(
        { error: { code: 'upstream_unavailable', message: 'x' } },
        { status: 503 },
      );
    return HttpResponse.json({ data: found, source: 'mock' });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());

const now = new Date('2026-12-01T10:00:00Z');
function seed() {
  let list = addToList(EMPTY_LIST, phoneCase, { 'c-bk-s': 40, 'c-wh-m': 60 }, now);
  list = addToList(list, bottle, { 'b-500': 10 }, now);
  localStorage.setItem(LIST_KEY, writeList(list));
}

/** Both offers of the seeded list, as 1688 has them today. */
const current: Record<string, Product> = { [phoneCase.id]: phoneCase, [bottle.id]: bottle };

/** The list page in a language, with 1688 answering `products` for the offers it checks. */
function setup(products: Record<string, Product | 404 | 500> = current, locale: Locale = 'en') {
  catalog = products;
  render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <DisplayProvider rates={DEFAULT_RATES}>
        <MyList />
      </DisplayProvider>
    </SWRConfig>,
    { locale },
  );
  return userEvent.setup();
}

const groups = () => screen.getAllByTestId('supplier-group');
const total = () => screen.getByTestId('list-total');

describe('the sourcing list', () => {
  it('groups lines by supplier with subtotals and a list total, checked against current data', async () => {
    seed();
    setup();
    expect(await screen.findByText(/Prices and stock are current/)).toBeInTheDocument();
    expect(groups()).toHaveLength(2);
    expect(within(groups()[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(
      phoneCase.supplier.name,
    );
    expect(within(groups()[0]!).getByTestId('supplier-subtotal')).toHaveTextContent('CN¥350.00');
    expect(within(groups()[1]!).getByTestId('supplier-subtotal')).toHaveTextContent('CN¥145.00');
    expect(total()).toHaveTextContent('CN¥495.00');
    expect(screen.getByTestId('list-counts')).toHaveTextContent(
      '110 pieces · 3 lines · 2 offers · 2 suppliers',
    );
  });

  it('recomputes the offer’s tier when a quantity is edited in place', async () => {
    seed();
    const user = setup();
    await screen.findByText(/Prices and stock are current/);
    const white = screen.getByRole('spinbutton', { name: 'White / M quantity' });
    await user.clear(white);
    await user.type(white, '460');
    expect(within(groups()[0]!).getByText(/Tier reached by 500 pieces/)).toHaveTextContent(
      '500–1,999 pieces at CN¥2.80',
    );
    expect(within(groups()[0]!).getByTestId('supplier-subtotal')).toHaveTextContent('CN¥1,400.00');
    expect(readList(localStorage.getItem(LIST_KEY)).list.offers[0]!.lines[1]!.quantity).toBe(460);
  });

  it('warns on the MOQ of an offer and keeps notes per line', async () => {
    seed();
    const user = setup();
    await screen.findByText(/Prices and stock are current/);
    const black = screen.getByRole('spinbutton', { name: 'Black / S quantity' });
    await user.clear(black);
    await user.type(black, '20');
    expect(within(groups()[0]!).getByTestId('offer-problem')).toHaveTextContent(
      'Add 20 more pieces to reach the minimum order of 100 pieces.',
    );
    await user.type(screen.getByLabelText('Note for Black / S'), 'Logo on the back');
    expect(readList(localStorage.getItem(LIST_KEY)).list.offers[0]!.lines[0]!.note).toBe(
      'Logo on the back',
    );
  });

  it('removes a line and puts it back with undo', async () => {
    seed();
    const user = setup();
    await screen.findByText(/Prices and stock are current/);
    await user.click(screen.getByRole('button', { name: 'Remove 500 ml' }));
    expect(groups()).toHaveLength(1);
    expect(screen.getByText(/Removed 500 ml of “Insulated Bottle”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(groups()).toHaveLength(2);
    expect(total()).toHaveTextContent('CN¥495.00');
  });

  it('flags a price changed since it was added, and takes the new one on request', async () => {
    seed();
    const dearer = { ...bottle, skus: bottle.skus.map((s) => ({ ...s, price: s.price + 1 })) };
    const user = setup({ ...current, [bottle.id]: dearer });
    const flag = await screen.findByTestId('price-changed');
    expect(flag).toHaveTextContent('Price changed since you added it: was CN¥14.50, now CN¥15.50.');
    expect(total()).toHaveTextContent('CN¥505.00');
    await user.click(screen.getByRole('button', { name: 'Take the current prices' }));
    expect(screen.queryByTestId('price-changed')).toBeNull();
  });

  it('flags offers no longer available and leaves them out of the total', async () => {
    seed();
    setup({ ...current, [bottle.id]: 404 });
    expect(await screen.findByText(/no longer available on 1688/)).toBeInTheDocument();
    expect(total()).toHaveTextContent('CN¥350.00');
  });

  it('keeps the saved prices when current data cannot be fetched, and offers to try again', async () => {
    seed();
    setup({ ...current, [bottle.id]: 500 });
    expect(await screen.findByText(/1 of 2 offers could not be checked/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(total()).toHaveTextContent('CN¥495.00');
  });

  it('reports a corrupt saved list and sets it aside instead of failing', async () => {
    localStorage.setItem(LIST_KEY, '{"version":1,"offers":[{"id":');
    setup();
    expect(await screen.findByText('Your saved list could not be opened.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Your sourcing list is empty' }),
    ).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SET_ASIDE_KEY)!).raw).toBe(
      '{"version":1,"offers":[{"id":',
    );
    expect(localStorage.getItem(LIST_KEY)).toBeNull();
  });

  it('follows changes made in another tab', async () => {
    seed();
    setup();
    await screen.findByText(/Prices and stock are current/);
    const list = readList(localStorage.getItem(LIST_KEY)).list;
    const changed = { ...list, offers: list.offers.slice(0, 1) };
    act(() => {
      localStorage.setItem(LIST_KEY, writeList(changed));
      window.dispatchEvent(new StorageEvent('storage', { key: LIST_KEY }));
    });
    expect(groups()).toHaveLength(1);
    expect(total()).toHaveTextContent('CN¥350.00');
  });
});

describe('the sourcing list in Russian', () => {
  it('counts lines, offers and suppliers with Russian plurals', async () => {
    seed();
    setup(current, 'ru');
    expect(await screen.findByText(/Цены и наличие актуальны/)).toBeInTheDocument();
    expect(screen.getByTestId('list-counts')).toHaveTextContent(
      '110 штук · 3 позиции · 2 товара · 2 поставщика (по заказу на каждого)',
    );
    expect(screen.getByRole('button', { name: 'Скачать CSV' })).toBeInTheDocument();
    expect(within(groups()[0]!).getByText('Итого по поставщику')).toBeInTheDocument();
  });
});
