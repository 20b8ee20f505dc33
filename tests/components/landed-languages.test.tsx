import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { LandedCostPanel } from '@/components/landed/landed-cost-panel';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import { renderIn } from '../setup/intl';

const parcels = [
  {
    goodsFen: 35_000,
    items: [{ label: 'Case', quantity: 100, weightKg: 0.05, dimensionsCm: undefined }],
  },
  { goodsFen: 10_000, items: [{ label: 'Bottle', quantity: 5, weightKg: undefined }] },
];

describe('the landed-cost estimate in Russian', () => {
  it('counts parcels with Russian plurals and formats the figures', () => {
    renderIn(
      <DisplayProvider rates={DEFAULT_RATES}>
        <LandedCostPanel parcels={parcels} quantity={105} unit="piece" subject="Для списка." />
      </DisplayProvider>,
      { locale: 'ru' },
    );
    expect(screen.getByRole('heading', { name: 'Стоимость с доставкой (оценка)' })).toBeVisible();
    expect(screen.getByText('2 посылки на склад агента')).toBeInTheDocument();
    expect(screen.getByText(/Не указан вес или размер упаковки: Bottle/)).toBeInTheDocument();
    expect(screen.getByText(/за штуку, всего 105 штук/)).toBeInTheDocument();
  });
});
