/**
 * What only the browser knows (storage, cookies, languages) is applied after the page has
 * hydrated: hydration renders exactly what the server rendered, with no mismatch for React to
 * recover from, and the browser's values follow.
 */
import { act } from '@testing-library/react';
import { type ReactNode, Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import { IntlWrapper } from '../setup/intl';

type Modules = {
  hydrated: typeof import('@/components/storage/hydrated');
  display: typeof import('@/components/layout/display-context');
  approx: typeof import('@/components/ui/approx');
  listLink: typeof import('@/components/list/list-link');
  after: typeof import('@/components/layout/after-hydration');
};

/** Fresh modules for each test: whether the page has hydrated is kept per page load. */
async function load(): Promise<Modules> {
  vi.resetModules();
  return {
    hydrated: await import('@/components/storage/hydrated'),
    display: await import('@/components/layout/display-context'),
    approx: await import('@/components/ui/approx'),
    listLink: await import('@/components/list/list-link'),
    after: await import('@/components/layout/after-hydration'),
  };
}

/** Renders `ui` as the server would, then hydrates it in this document. */
async function serveAndHydrate(ui: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  // The server has no document: what it renders cannot depend on this browser.
  const cookie = document.cookie;
  container.innerHTML = renderToString(<IntlWrapper>{ui}</IntlWrapper>);
  const serverHtml = container.innerHTML;
  const recoverable = vi.fn();
  const root = await act(async () =>
    hydrateRoot(container, <IntlWrapper>{ui}</IntlWrapper>, { onRecoverableError: recoverable }),
  );
  expect(document.cookie).toBe(cookie);
  return { container, serverHtml, recoverable, root };
}

beforeEach(() => {
  localStorage.clear();
  document.cookie = 'pifa_currency=; path=/; max-age=0';
});
afterEach(() => {
  document.body.innerHTML = '';
  document.cookie = 'pifa_currency=; path=/; max-age=0';
});

describe('useHydrated', () => {
  it('is false on the server and while the page hydrates, then true, and true at once for later mounts', async () => {
    const { hydrated } = await load();
    const seen: boolean[] = [];
    function Probe({ name }: { name: string }) {
      const done = hydrated.useHydrated();
      seen.push(done);
      return <span data-name={name}>{String(done)}</span>;
    }
    const { container, serverHtml, recoverable, root } = await serveAndHydrate(<Probe name="a" />);
    expect(serverHtml).toContain('>false<');
    expect(seen[0]).toBe(false);
    expect(container.textContent).toBe('true');
    expect(recoverable).not.toHaveBeenCalled();

    seen.length = 0;
    await act(async () => root.render(<Probe name="b" />));
    await act(async () =>
      root.render(
        <>
          <Probe name="b" />
          <Probe name="c" />
        </>,
      ),
    );
    // "c" mounted after hydration: its first render already reads the browser's values.
    expect(seen.at(-1)).toBe(true);
    expect(seen).not.toContain(false);
  });
});

describe('values only this browser knows', () => {
  it('a chosen currency: hydrates in the default one, then shows the chosen one', async () => {
    const { display, approx } = await load();
    document.cookie = 'pifa_currency=EUR; path=/';
    const ui = (
      <display.DisplayProvider rates={DEFAULT_RATES}>
        <approx.Approx min={100} initial="≈ $13.80" />
      </display.DisplayProvider>
    );
    const { container, serverHtml, recoverable } = await serveAndHydrate(ui);
    expect(serverHtml).toContain('≈ $13.80');
    expect(container.textContent).toBe('≈ €12.80');
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('a stored list: the header’s count hydrates as not yet read, then counts', async () => {
    const { listLink } = await load();
    const { container, serverHtml, recoverable } = await serveAndHydrate(<listLink.ListLink />);
    expect(serverHtml).toContain('invisible');
    expect(container.querySelector('[data-testid="list-count"]')).toHaveTextContent('0');
    expect(recoverable).not.toHaveBeenCalled();
  });
});

describe('AfterHydration', () => {
  it('renders nothing on the server and its children once hydrated, inside a boundary too', async () => {
    const { hydrated, after } = await load();
    function Probe() {
      return <span>{String(hydrated.useHydrated())}</span>;
    }
    const ui = (
      <>
        <Probe />
        <Suspense fallback={null}>
          <p>
            <after.AfterHydration>
              <b>browser only</b>
            </after.AfterHydration>
          </p>
        </Suspense>
      </>
    );
    const { container, serverHtml, recoverable } = await serveAndHydrate(ui);
    expect(serverHtml).not.toContain('browser only');
    expect(container.querySelector('b')).toHaveTextContent('browser only');
    expect(recoverable).not.toHaveBeenCalled();
  });
});
