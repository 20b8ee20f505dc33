import { act, screen, waitFor, within } from '@testing-library/react';
import { renderIn as render } from '../setup/intl';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SWRConfig } from 'swr';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '@/components/search/search-box';

const push = vi.fn();
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push }),
}));

const suggestions = [
  {
    text: 'Bluetooth Earbuds',
    kind: 'category',
    categoryId: '1020301',
    context: 'Consumer Electronics › Audio & Video',
  },
  { text: 'bluetooth earbuds', kind: 'term' },
  { text: 'bluetooth speaker', kind: 'term' },
];
const asked: string[] = [];
const server = setupServer(
  http.get('*/api/suggest', ({ request }) => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    asked.push(q);
    return HttpResponse.json({
      data: { q, suggestions: q.startsWith('blu') ? suggestions : [] },
      source: 'mock',
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  push.mockReset();
  asked.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderBox() {
  return render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <SearchBox defaultValue="" />
    </SWRConfig>,
  );
}

describe('SearchBox typeahead (ARIA combobox)', () => {
  it('suggests as the buyer types, once they pause', async () => {
    const user = userEvent.setup();
    renderBox();
    const box = screen.getByRole('combobox', { name: /search products/i });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'bluet');
    const list = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', list.id);
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(
      screen.getByRole('option', { name: /Bluetooth Earbuds Category in Consumer Electronics/ }),
    ).toBeVisible();
    // Asked after the pause, not on every keystroke.
    expect(asked.length).toBeLessThan(5);
    expect(screen.getByRole('status')).toHaveTextContent('3 suggestions');
  });

  it('moves through suggestions with the arrow keys and picks one with Enter', async () => {
    const user = userEvent.setup();
    renderBox();
    const box = screen.getByRole('combobox', { name: /search products/i });
    await user.type(box, 'blu');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(screen.getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(push).toHaveBeenCalledWith('/products?q=bluetooth+speaker');
    expect(box).toHaveValue('bluetooth speaker');
  });

  it('browses a category when a category is picked, and Escape closes, then clears', async () => {
    const user = userEvent.setup();
    renderBox();
    const box = screen.getByRole('combobox', { name: /search products/i });
    await user.type(box, 'blu');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box).toHaveValue('blu');
    await user.keyboard('{ArrowDown}');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(push).toHaveBeenCalledWith('/products?category=1020301');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('opens a pasted 1688 link as the offer itself', async () => {
    const user = userEvent.setup();
    renderBox();
    const box = screen.getByRole('combobox', { name: /search products/i });
    await user.click(box);
    await user.paste('看看这个 https://m.1688.com/offer/623456789012.html?spm=a26g8');
    await user.keyboard('{Enter}');
    expect(push).toHaveBeenCalledWith('/products/623456789012');
  });
});

describe('search by picture', () => {
  it('uploads a chosen picture and opens its results', async () => {
    let sent: File | null = null;
    server.use(
      http.post('*/api/image-search', async ({ request }) => {
        // jsdom's File does not survive into the fetch body intact: the field is what counts here.
        sent = (await request.formData()).get('image') as File;
        return HttpResponse.json({
          data: {
            id: 'AbCdEfGhIjKlMnOpQrStUv',
            width: 286,
            height: 286,
            expiresAt: new Date().toISOString(),
            href: '/products?image=AbCdEfGhIjKlMnOpQrStUv',
          },
          source: 'mock',
        });
      }),
    );
    const user = userEvent.setup();
    renderBox();
    await user.click(screen.getByRole('button', { name: 'Search by picture' }));
    const dialog = screen.getByRole('dialog', { name: 'Search by picture' });
    expect(dialog).toHaveFocus();
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'shoe.jpg', {
      type: 'image/jpeg',
    });
    await user.upload(screen.getByLabelText('Choose a picture'), file);
    await waitFor(() =>
      expect(push).toHaveBeenCalledWith('/products?image=AbCdEfGhIjKlMnOpQrStUv'),
    );
    expect(sent).not.toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("shows the server's refusal, and checks size before sending", async () => {
    server.use(
      http.post('*/api/image-search', () =>
        HttpResponse.json(
          {
            error: {
              code: 'unsupported_media_type',
              message:
                'image must be a JPEG, PNG, WebP or GIF picture of up to 10 MB; this is a HEIC photo',
              hint: 'On an iPhone, share the photo as JPEG',
            },
          },
          { status: 415 },
        ),
      ),
    );
    const user = userEvent.setup({ applyAccept: false });
    renderBox();
    await user.click(screen.getByRole('button', { name: 'Search by picture' }));
    await user.upload(
      screen.getByLabelText('Choose a picture'),
      new File(['x'], 'IMG.HEIC', { type: '' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'this is a HEIC photo. On an iPhone',
    );
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Choose a picture'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than 10 MB');
    await act(async () => {
      await user.keyboard('{Escape}');
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Search by picture' })).toHaveFocus();
  });

  it('closes with its ✕ button and gives focus back', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.click(screen.getByRole('button', { name: 'Search by picture' }));
    const close = within(screen.getByRole('dialog', { name: 'Search by picture' })).getByRole(
      'button',
      { name: 'Close' },
    );
    expect(close).toHaveTextContent(/^✕$/);
    await user.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Search by picture' })).toHaveFocus();
  });
});
