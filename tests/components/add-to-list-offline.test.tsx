/**
 * "Add to sourcing list" loads the list's code when the buyer adds: when it cannot load (the
 * connection dropped), the buyer is told, and the order form keeps what was typed.
 */
import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { phoneCase } from '../fixtures/offers';
import { renderOffer } from '../setup/offer-view';

vi.mock('next/link', () => import('../setup/next-link'));
vi.mock('@/components/list/list-store', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(() => localStorage.clear());

it('says the list could not be saved, and keeps the quantities', async () => {
  const { user } = renderOffer(phoneCase);
  const cell = screen.getByRole('spinbutton', { name: 'Black, S quantity' });
  await user.type(cell, '40');
  await user.click(screen.getByRole('button', { name: 'Add to sourcing list' }));
  expect(await screen.findByText('The list could not be saved.')).toBeVisible();
  expect(cell).toHaveValue('40');
  expect(localStorage.length).toBe(0);
});
