import { screen } from '@testing-library/react';
import { renderIn as render } from '../setup/intl';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FilterDrawer } from '@/components/search/filter-drawer';
import { activeFilterCount } from '@/lib/domain/search-links';
import { searchQuery } from '@/lib/domain/schemas';

// jsdom has <dialog> but not its modal methods (open and close it as a browser would), and
// no matchMedia (a phone-sized window that never widens).
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const panel = (
  <form>
    <label>
      <input type="checkbox" /> Factories only
    </label>
  </form>
);

describe('FilterDrawer', () => {
  it('names the number of active filters on its button', () => {
    render(<FilterDrawer active={2}>{panel}</FilterDrawer>);
    const button = screen.getByRole('button', { name: 'Filters (2 active)' });
    expect(button).toHaveTextContent(/^Filters \(2 active\)$/);
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('says just "Filters" when none is active', () => {
    render(<FilterDrawer active={0}>{panel}</FilterDrawer>);
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
  });

  it('opens the panel in a dialog, closes it, and gives focus back to the button', async () => {
    const user = userEvent.setup();
    render(<FilterDrawer active={1}>{panel}</FilterDrawer>);
    // In place (for wide screens and without JavaScript) until the drawer opens.
    expect(screen.getAllByLabelText('Factories only')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const button = screen.getByRole('button', { name: 'Filters (1 active)' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Filters' });
    expect(dialog).toHaveAttribute('open');
    // The panel moved into the dialog: its fields are on the page once.
    expect(screen.getAllByLabelText('Factories only')).toHaveLength(1);
    expect(dialog).toContainElement(screen.getByLabelText('Factories only'));

    const close = screen.getByRole('button', { name: 'Close filters' });
    expect(close).toHaveTextContent(/^✕ Close$/);
    await user.click(close);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(screen.getAllByLabelText('Factories only')).toHaveLength(1);
  });
});

describe('activeFilterCount', () => {
  it('counts a price range once and ignores keyword, category and sort', () => {
    expect(activeFilterCount(searchQuery.parse({ q: 'cup', category: '101', sort: 'sales' }))).toBe(
      0,
    );
    expect(activeFilterCount(searchQuery.parse({ minPrice: 1, maxPrice: 9 }))).toBe(1);
    expect(
      activeFilterCount(
        searchQuery.parse({ maxPrice: 9, maxMoq: 10, factoryOnly: true, onePiece: true }),
      ),
    ).toBe(4);
    expect(activeFilterCount(searchQuery.parse({ shipsIn48h: true }))).toBe(1);
  });
});
