/**
 * The comparison names the quantity it is made at in the offers' own unit, and in a neutral
 * "units" when the offers are sold by different units.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCompareQuantity } from '@/components/compare/compare-rows';
import type { Locale } from '@/lib/domain/locales';
import { renderIn } from '../setup/intl';

function Quantity({ quantity, units }: { quantity: number; units: string[] }) {
  return <p>{useCompareQuantity(quantity, units)}</p>;
}

const cases: [Locale, number, string[], string][] = [
  ['en', 100, ['pair', 'pair'], '100 pairs'],
  ['en', 100, ['pair', 'piece'], '100 units'],
  ['ru', 1, ['pair'], '1 пара'],
  ['ru', 5, ['piece', 'piece'], '5 штук'],
  ['ru', 2, ['pair', 'piece'], '2 единицы'],
  ['es', 100, ['box'], '100 cajas'],
  ['zh', 100, ['pair', 'piece'], '100 个单位'],
];

describe('the quantity a comparison is made at', () => {
  it.each(cases)('%s: %i of %j reads “%s”', (locale, quantity, units, text) => {
    renderIn(<Quantity quantity={quantity} units={units} />, { locale });
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
