/**
 * The compare button on result cards: what this browser stored is read once the page is
 * interactive (the schema loads then), and the button adds, removes and refuses a fifth offer.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { renderIn } from '../setup/intl';

const KEY = 'pifa.compare';
const offer = (id: string) => ({ id, title: `Offer ${id}`, image: `/img/${id}.svg` });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

afterEach(() => localStorage.clear());

describe('compare button', () => {
  it('shows an offer already stored as picked, once the stored comparison is read', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, items: [offer('11')] }));
    renderIn(<CompareToggle item={offer('11')} />);
    await waitFor(() => expect(screen.getByRole('button')).toHaveAttribute('aria-pressed', 'true'));
  });

  it('adds and removes the offer', async () => {
    renderIn(<CompareToggle item={offer('12')} />);
    const button = screen.getByRole('button');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    expect(stored()).toEqual({ version: 1, items: [offer('12')] });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect(stored()).toBeNull();
  });

  it('refuses a fifth offer and says why', async () => {
    const four = ['1', '2', '3', '4'].map(offer);
    localStorage.setItem(KEY, JSON.stringify({ version: 1, items: four }));
    renderIn(<CompareToggle item={offer('5')} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/4/));
    expect(stored().items).toEqual(four);
  });

  it('treats a stored value it cannot read as an empty comparison', async () => {
    localStorage.setItem(KEY, '{"version":2');
    renderIn(<CompareToggle item={offer('13')} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(stored()).toEqual({ version: 1, items: [offer('13')] }));
  });
});
