import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderOffer } from '../setup/offer-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIST_KEY } from '@/components/list/list-store';
import { addToList } from '@/lib/domain/list-edit';
import { EMPTY_LIST, readList, writeList } from '@/lib/domain/sourcing-list';
import { bottle, phoneCase } from '../fixtures/offers';

vi.mock('next/link', () => import('../setup/next-link'));

const setup = (product = phoneCase) => renderOffer(product);

const cell = (name: string) => screen.getByRole('spinbutton', { name: `${name} quantity` });
const summary = () => screen.getByTestId('order-summary');

afterEach(() => localStorage.clear());

describe('the order form across variants', () => {
  it('lays two option axes out as a grid with stock in each cell, out of stock disabled', () => {
    setup();
    const grid = screen.getByRole('table', { name: /Quantities by Colour \(rows\) and Size/ });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Black黑色', 'White白色']);
    expect(within(grid).getAllByRole('spinbutton')).toHaveLength(4);
    expect(cell('White, S')).toBeDisabled();
    expect(cell('Black, M')).toHaveAccessibleDescription('30 pieces in stock');
    expect(summary()).toHaveTextContent('The minimum order is 100 pieces in total');
  });

  it('prices the total across variants at one tier and totals in CNY', async () => {
    const { user } = setup();
    await user.type(cell('Black, S'), '40');
    expect(summary()).toHaveTextContent(
      'Add 60 more pieces to reach the minimum order of 100 pieces.',
    );
    await user.type(cell('White, M'), '60');
    expect(screen.getByTestId('total-quantity')).toHaveTextContent('100 pieces');
    expect(summary()).toHaveTextContent('in 2 variants');
    expect(screen.getByTestId('tier-reached')).toHaveTextContent('100–499 pieces at CN¥3.50 each');
    expect(screen.getByTestId('total')).toHaveTextContent('CN¥350.00');
    expect(screen.getByTestId('total').parentElement).toHaveTextContent('≈ $48.30');
    expect(screen.getByTestId('next-tier')).toHaveTextContent(
      'Add 400 pieces for CN¥2.80 each (500 in all), saving CN¥350.00',
    );
    const active = screen
      .getAllByRole('row')
      .find((r) => r.getAttribute('aria-current') === 'true');
    expect(active).toHaveTextContent('100–499 pieces');
    await user.clear(cell('White, M'));
    await user.type(cell('White, M'), '460');
    expect(screen.getByTestId('tier-reached')).toHaveTextContent(
      '500–1,999 pieces at CN¥2.80 each',
    );
    expect(screen.getByTestId('total')).toHaveTextContent('CN¥1,400.00');
  });

  it('checks the lot size on the total and stock on each variant', async () => {
    const { user } = setup();
    await user.type(cell('Black, S'), '75');
    await user.type(cell('Black, M'), '40');
    const problems = screen.getByTestId('order-problems');
    expect(problems).toHaveTextContent(
      'Sold in lots of 10: add 5 more pieces to make 120, or remove 5 to make 110.',
    );
    expect(problems).toHaveTextContent('Black / M: Only 30 pieces in stock.');
    expect(cell('Black, M')).toHaveAttribute('aria-invalid', 'true');
  });

  it('works from the keyboard: arrows step, Enter moves on', async () => {
    const { user } = setup();
    cell('Black, S').focus();
    await user.keyboard('{ArrowUp}{ArrowUp}{Shift>}{ArrowUp}{/Shift}');
    expect(cell('Black, S')).toHaveValue('12');
    await user.keyboard('{ArrowDown}');
    expect(cell('Black, S')).toHaveValue('11');
    await user.keyboard('{Enter}');
    expect(cell('Black, M')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cell('White, M')).toHaveFocus(); // White, S is out of stock: skipped
    await user.keyboard('{ArrowLeft}');
    expect(cell('White, M')).toHaveFocus();
  });

  it('takes a pasted number with separators, and a pasted block of cells', async () => {
    const { user } = setup();
    cell('Black, S').focus();
    await user.paste('1,000 pcs');
    expect(cell('Black, S')).toHaveValue('1000');
    fireEvent.paste(cell('Black, S'), {
      clipboardData: { getData: () => '10\t20\n30\t40\n' },
    });
    expect(cell('Black, S')).toHaveValue('10');
    expect(cell('Black, M')).toHaveValue('20');
    expect(cell('White, S')).toHaveValue('');
    expect(cell('White, M')).toHaveValue('40');
  });

  it('charges each variant its own price on per-SKU offers, with line totals', async () => {
    const { user } = setup(bottle);
    const rows = screen.getByRole('table', { name: 'Quantities by Capacity' });
    expect(within(rows).getAllByRole('row')[2]).toHaveTextContent('500 ml500mlCN¥14.50');
    await user.type(cell('350 ml'), '3');
    await user.type(cell('500 ml'), '2');
    expect(summary()).toHaveTextContent('Each variant at its own price.');
    expect(within(rows).getAllByRole('row')[1]).toHaveTextContent('CN¥36.00');
    expect(screen.getByTestId('total')).toHaveTextContent('CN¥65.00');
  });

  it('adds the variants to the sourcing list and clears the form', async () => {
    const { user } = setup();
    const add = screen.getByRole('button', { name: 'Add to sourcing list' });
    expect(add).toBeDisabled();
    await user.type(cell('Black, S'), '40');
    await user.type(cell('White, M'), '60');
    await user.click(add);
    // The list and its schema load when the buyer first adds (this browser had no list).
    expect(
      await screen.findByText(/Added 100 pieces in 2 variants\. Your list has 100 pieces/),
    ).toBeVisible();
    const { list } = readList(localStorage.getItem(LIST_KEY));
    expect(list.offers[0]!.lines.map((l) => [l.skuId, l.quantity])).toEqual([
      ['c-bk-s', 40],
      ['c-wh-m', 60],
    ]);
    expect(cell('Black, S')).toHaveValue('');
  });

  it('estimates the landed cost of the quantities in the form', async () => {
    const { user } = setup();
    const panel = screen.getByTestId('landed-cost');
    expect(panel).toHaveTextContent('Enter quantities to see what they cost delivered.');
    await user.type(cell('Black, S'), '100');
    expect(within(panel).getByTestId('landed-total')).toHaveTextContent(/^CN¥/);
    expect(panel).toHaveTextContent('chargeable = max(5 kg actual, 7.2 kg volumetric');
    await user.selectOptions(within(panel).getByLabelText('Shipping'), 'sea_rail');
    expect(panel).toHaveTextContent('12 kg chargeable');
  });
});

describe('adding to the list', () => {
  it('adds once when the button is pressed twice while the list loads', async () => {
    const { user } = setup();
    await user.type(cell('Black, S'), '40');
    await user.dblClick(screen.getByRole('button', { name: 'Add to sourcing list' }));
    expect(await screen.findByText(/Added 40 pieces in 1 variant/)).toBeVisible();
    const { list } = readList(localStorage.getItem(LIST_KEY));
    expect(list.offers[0]!.lines.map((l) => [l.skuId, l.quantity])).toEqual([['c-bk-s', 40]]);
  });
});

describe('what this browser stored before', () => {
  it('says what the stored list holds of this offer, once the list has loaded', async () => {
    const list = addToList(EMPTY_LIST, phoneCase, { 'c-bk-s': 40 }, new Date());
    localStorage.setItem(LIST_KEY, writeList(list));
    setup();
    expect(await screen.findByText('In your list: 40 pieces of this offer.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'View your list' })).toBeVisible();
  });

  it('says nothing of a list when there is none', async () => {
    setup();
    expect(document.getElementById('add-to-list-status')).toHaveTextContent(
      'Enter quantities to add them to your list.',
    );
    expect(screen.queryByRole('link', { name: 'View your list' })).toBeNull();
  });

  it('reads the stored landed-cost choices, and the defaults from a value it cannot read', async () => {
    const choices = {
      destination: 'UK',
      method: 'sea_rail',
      agentFeePercent: 3,
      includeTaxes: false,
      dutyPercent: 0,
      vatPercent: 20,
    };
    localStorage.setItem('pifa.landed-cost', JSON.stringify(choices));
    const { user } = setup();
    await user.type(cell('Black, S'), '100');
    const panel = screen.getByTestId('landed-cost');
    await waitFor(() => expect(within(panel).getByLabelText('Shipping')).toHaveValue('sea_rail'));
    expect(within(panel).getByLabelText('Destination')).toHaveValue('UK');
    expect(within(panel).getByLabelText('Agent fee (%)')).toHaveValue('3');

    localStorage.setItem('pifa.landed-cost', JSON.stringify({ ...choices, destination: 'XX' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'pifa.landed-cost' }));
    await waitFor(() =>
      expect(within(panel).getByLabelText('Shipping')).toHaveValue('express_air'),
    );
    expect(within(panel).getByLabelText('Destination')).toHaveValue('US');
  });
});

describe('display currency', () => {
  it('converts totals into the currency chosen in the cookie', async () => {
    document.cookie = 'pifa_currency=EUR; path=/';
    const { user } = setup();
    await user.type(cell('Black, S'), '100');
    expect(screen.getByTestId('total').parentElement).toHaveTextContent('≈ €44.80');
    document.cookie = 'pifa_currency=; path=/; max-age=0';
  });
});

describe('the order form in Russian', () => {
  it('words problems, tiers and stock with Russian plurals and number formats', async () => {
    const { user } = renderOffer(phoneCase, 'ru');
    const ru = (name: string) => screen.getByRole('spinbutton', { name: `${name}: количество` });
    expect(ru('Black, M')).toHaveAccessibleDescription('В наличии: 30 штук');
    expect(summary()).toHaveTextContent('Минимальный заказ — 100 штук в сумме');
    await user.type(ru('Black, S'), '98');
    expect(summary()).toHaveTextContent(
      'Добавьте ещё 2 штуки, чтобы набрать минимальный заказ: 100 штук.',
    );
    await user.clear(ru('Black, S'));
    await user.type(ru('Black, S'), '99');
    // The quantity to add is the object of "добавьте": accusative, "1 штуку".
    expect(summary()).toHaveTextContent(
      'Добавьте ещё 1 штуку, чтобы набрать минимальный заказ: 100 штук.',
    );
    await user.clear(ru('Black, S'));
    await user.type(ru('Black, S'), '95');
    expect(summary()).toHaveTextContent('Добавьте ещё 5 штук');
    await user.clear(ru('Black, S'));
    await user.type(ru('Black, S'), '1000');
    expect(screen.getByTestId('total-quantity')).toHaveTextContent('1 000 штук');
    expect(screen.getByTestId('tier-reached')).toHaveTextContent('500–1 999 штук по');
    expect(screen.getByRole('button', { name: 'Добавить в список закупок' })).toBeEnabled();
  });
});
