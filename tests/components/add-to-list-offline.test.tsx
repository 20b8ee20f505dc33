/**
 * "Add to sourcing list" loads the list's code when the buyer adds: when it cannot load (the
 * connection dropped), the buyer is told, and the order form keeps what was typed.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { ProductView } from '@/components/product/product-view';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import { phoneCase } from '../fixtures/offers';
import { renderIn as render } from '../setup/intl';

vi.mock('next/link', () => import('../setup/next-link'));
vi.mock('@/components/list/list-store', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(() => localStorage.clear());

it('says the list could not be saved, and keeps the quantities', async () => {
  const { description: _d, attributes: _a, ...listable } = phoneCase;
  render(
    <DisplayProvider rates={DEFAULT_RATES}>
      <ProductView product={listable} heading={<h1>{phoneCase.title}</h1>} />
    </DisplayProvider>,
  );
  const user = userEvent.setup();
  const cell = screen.getByRole('spinbutton', { name: 'Black, S quantity' });
  await user.type(cell, '40');
  await user.click(screen.getByRole('button', { name: 'Add to sourcing list' }));
  expect(await screen.findByText('The list could not be saved.')).toBeVisible();
  expect(cell).toHaveValue('40');
  expect(localStorage.length).toBe(0);
});
