/**
 * The compare button loads the stored comparison's reader when it is first pressed: when that
 * cannot load (the connection dropped), the button says so rather than doing nothing.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { renderIn } from '../setup/intl';

vi.mock('@/components/compare/compare-items', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('says the comparison could not be changed, and stores nothing', async () => {
  renderIn(<CompareToggle item={{ id: '21', title: 'Offer 21', image: '/img/21.svg' }} />);
  const button = screen.getByRole('button');
  await userEvent.click(button);
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent('The comparison could not be changed'),
  );
  expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(localStorage.getItem('pifa.compare')).toBeNull();
});
