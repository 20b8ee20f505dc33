/**
 * What every price and compare button on a page reads in the browser: the display currency
 * (read once for the page, and the server's formatted approximation kept while it is the
 * default) and the stores kept in localStorage (one `storage` listener per store, however many
 * components show it, every store of a key told of the others' writes), and the header's count
 * of the sourcing list (its schema loaded only when a list is stored).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { compareStore } from '@/components/compare/compare-store';
import { DisplayProvider } from '@/components/layout/display-context';
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import { Approx } from '@/components/ui/approx';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import { ListLink } from '@/components/list/list-link';
import { LIST_KEY, updateList } from '@/components/list/list-store';
import { addToList } from '@/lib/domain/list-edit';
import { EMPTY_LIST, writeList } from '@/lib/domain/sourcing-list';
import { bottle, phoneCase } from '../fixtures/offers';
import { IntlWrapper, renderIn } from '../setup/intl';

vi.mock('next/link', () => import('../setup/next-link'));

afterEach(() => {
  document.cookie = 'pifa_currency=; path=/; max-age=0';
  localStorage.clear();
  vi.restoreAllMocks();
});

function prices(initial?: string) {
  return (
    <IntlWrapper>
      <DisplayProvider rates={DEFAULT_RATES}>
        <p data-testid="a">
          <Approx min={10} max={20} initial={initial} />
        </p>
        <p data-testid="b">
          <Approx min={10} />
        </p>
      </DisplayProvider>
    </IntlWrapper>
  );
}

describe('display currency', () => {
  it('keeps the approximation formatted on the server while the currency is the default', () => {
    render(prices('≈ server text'));
    expect(screen.getByTestId('a')).toHaveTextContent('≈ server text');
    // Without a server text the browser formats it: $1.38 at the default rate.
    expect(screen.getByTestId('b')).toHaveTextContent('≈ $1.38');
  });

  it('formats every price in the chosen currency, reading the cookie once for the page', () => {
    document.cookie = 'pifa_currency=EUR; path=/';
    const reads = vi.spyOn(Document.prototype, 'cookie', 'get');
    render(prices('≈ server text'));
    expect(screen.getByTestId('a')).toHaveTextContent('≈ €1.28–€2.56');
    expect(screen.getByTestId('b')).toHaveTextContent('≈ €1.28');
    // The provider reads it (React may ask its snapshot twice); not each price.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

describe('stores kept in localStorage', () => {
  const store = createLocalStore('pifa.test', (raw) => raw ?? 'none');
  function Show({ n }: { n: number }) {
    return <span data-testid={`s${n}`}>{useLocalStore(store)}</span>;
  }

  it('listen for other tabs once per store and update every component on their change', () => {
    const listen = vi.spyOn(window, 'addEventListener');
    render(
      <>
        {[1, 2, 3].map((n) => (
          <Show key={n} n={n} />
        ))}
      </>,
    );
    expect(listen.mock.calls.filter(([type]) => type === 'storage')).toHaveLength(1);
    expect(screen.getByTestId('s3')).toHaveTextContent('none');
    act(() => {
      localStorage.setItem('pifa.test', 'from another tab');
      window.dispatchEvent(new StorageEvent('storage', { key: 'pifa.test' }));
    });
    for (const n of [1, 2, 3])
      expect(screen.getByTestId(`s${n}`)).toHaveTextContent('from another tab');
  });

  it('show a write at once, and read storage again once nothing listens', () => {
    const { unmount } = render(<Show n={1} />);
    act(() => store.write('written'));
    expect(screen.getByTestId('s1')).toHaveTextContent('written');
    unmount();
    localStorage.setItem('pifa.test', 'changed meanwhile');
    expect(store.get()).toBe('changed meanwhile');
  });

  it('read an empty comparison at once when nothing is stored', () => {
    expect(compareStore.get()).toEqual([]);
    renderIn(<CompareToggle item={{ id: '21', title: 'Offer 21', image: '/img/21.svg' }} />);
    expect(screen.getByRole('button')).toHaveAttribute('aria-pressed', 'false');
  });
});

describe("the header's sourcing-list count", () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('says 0 at once when no list is stored', () => {
    renderIn(<ListLink />);
    expect(screen.getByTestId('list-count')).toHaveTextContent('0 lines in your sourcing list');
  });

  it('reads a stored list, and follows what the list store writes', async () => {
    localStorage.setItem(
      LIST_KEY,
      writeList(addToList(EMPTY_LIST, phoneCase, { 'c-bk-s': 40 }, now)),
    );
    renderIn(<ListLink />);
    await waitFor(() =>
      expect(screen.getByTestId('list-count')).toHaveTextContent('1 line in your sourcing list'),
    );
    act(() => {
      updateList((list) => addToList(list, bottle, { 'b-500': 10 }, now));
    });
    await waitFor(() =>
      expect(screen.getByTestId('list-count')).toHaveTextContent('2 lines in your sourcing list'),
    );
    act(() => {
      updateList(() => EMPTY_LIST);
    });
    await waitFor(() =>
      expect(screen.getByTestId('list-count')).toHaveTextContent('0 lines in your sourcing list'),
    );
  });

  it('starts counting when a list is first stored on this page', async () => {
    renderIn(<ListLink />);
    expect(screen.getByTestId('list-count')).toHaveTextContent('0 lines');
    act(() => {
      updateList((list) => addToList(list, phoneCase, { 'c-bk-s': 40 }, now));
    });
    await waitFor(() =>
      expect(screen.getByTestId('list-count')).toHaveTextContent('1 line in your sourcing list'),
    );
  });
});
