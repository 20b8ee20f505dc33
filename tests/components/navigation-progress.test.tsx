/**
 * The bar and the "loading" announcement while the next page is on its way: started by a
 * followed link or a control that navigates, ended by the new address (or given up on).
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceNavigation } from '@/components/layout/navigation-events';
import { NavigationProgress } from '@/components/layout/navigation-progress';
import { renderIn } from '../setup/intl';

const at = vi.hoisted(() => ({ pathname: '/', search: '' }));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  usePathname: () => at.pathname,
  useSearchParams: () => new URLSearchParams(at.search),
}));

afterEach(() => {
  at.pathname = '/';
  at.search = '';
  vi.useRealTimers();
});

function page(locale: 'en' | 'ru' = 'en') {
  const view = renderIn(
    <>
      <NavigationProgress />
      <main id="main">
        <a href="/products?q=cup">Cups</a>
        <a href="/#results">Skip</a>
        <a href="https://detail.1688.com/offer/1.html">On 1688</a>
        <a href="/products?q=mug" target="_blank">
          Mugs in a new tab
        </a>
        <a href="/list.csv" download>
          Download
        </a>
      </main>
    </>,
    { locale },
  );
  // The link's own handler (Next's Link) cancels the click; the page stays put in jsdom.
  for (const a of document.querySelectorAll('a'))
    a.addEventListener('click', (e) => e.preventDefault());
  return view;
}

const status = () => screen.getByRole('status');
const navigating = () => document.documentElement.hasAttribute('data-navigating');

describe('navigation progress', () => {
  it('starts when a link to another page is followed and ends at the new address', () => {
    const { rerender } = page();
    expect(status()).toHaveTextContent('');
    fireEvent.click(screen.getByText('Cups'));
    expect(status()).toHaveTextContent('Loading the page…');
    expect(navigating()).toBe(true);
    expect(document.querySelector('.nav-progress')).not.toBeNull();
    at.pathname = '/products';
    at.search = 'q=cup';
    rerender(<NavigationProgress />);
    expect(status()).toHaveTextContent('');
    expect(navigating()).toBe(false);
    expect(document.querySelector('.nav-progress')).toBeNull();
  });

  it('does not start for a link to this page, another site, a new tab, a download or a modified click', () => {
    page();
    fireEvent.click(screen.getByText('Skip'));
    fireEvent.click(screen.getByText('On 1688'));
    fireEvent.click(screen.getByText('Mugs in a new tab'));
    fireEvent.click(screen.getByText('Download'));
    fireEvent.click(screen.getByText('Cups'), { ctrlKey: true });
    fireEvent.click(screen.getByText('Cups'), { button: 1 });
    expect(status()).toHaveTextContent('');
    expect(navigating()).toBe(false);
  });

  it('starts when a control announces where it goes, in the page language', () => {
    page('ru');
    act(() => announceNavigation('/'));
    expect(status()).toHaveTextContent('');
    act(() => announceNavigation('/ru/products?q=cup&sort=price_asc'));
    expect(status()).toHaveTextContent('Загружаем страницу…');
  });

  it('gives up after 20 seconds if the address never changes', () => {
    vi.useFakeTimers();
    page();
    fireEvent.click(screen.getByText('Cups'));
    expect(navigating()).toBe(true);
    act(() => vi.advanceTimersByTime(19_000));
    expect(navigating()).toBe(true);
    act(() => vi.advanceTimersByTime(1_000));
    expect(navigating()).toBe(false);
    expect(status()).toHaveTextContent('');
  });
});
