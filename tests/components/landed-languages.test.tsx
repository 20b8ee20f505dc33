import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { LandedCostPanel } from '@/components/landed/landed-cost-panel';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import { RATES } from '@/lib/domain/landed-cost';
import type { Locale } from '@/lib/domain/locales';
import { renderIn } from '../setup/intl';

const parcels = [
  {
    goodsFen: 35_000,
    items: [{ label: 'Case', quantity: 100, weightKg: 0.05, dimensionsCm: undefined }],
  },
  { goodsFen: 10_000, items: [{ label: 'Bottle', quantity: 5, weightKg: undefined }] },
];

// The buyer's choices are kept for the next visit: each test starts afresh.
afterEach(() => localStorage.clear());

function panel(locale: Locale) {
  renderIn(
    <DisplayProvider rates={DEFAULT_RATES}>
      <LandedCostPanel parcels={parcels} quantity={105} unit="piece" subject="…" />
    </DisplayProvider>,
    { locale },
  );
  return { user: userEvent.setup() };
}

const options = (name: string) =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('the landed-cost estimate in Russian', () => {
  it('counts parcels with Russian plurals and formats the figures', () => {
    panel('ru');
    expect(screen.getByRole('heading', { name: 'Стоимость с доставкой (оценка)' })).toBeVisible();
    expect(screen.getByText('2 посылки на склад агента')).toBeInTheDocument();
    expect(screen.getByText(/Не указан вес или размер упаковки: Bottle/)).toBeInTheDocument();
    expect(screen.getByText(/за штуку, всего 105 штук/)).toBeInTheDocument();
  });

  it('names destinations, shipping methods, their days and the import tax in Russian', async () => {
    const { user } = panel('ru');
    expect(options('Куда')).toEqual([
      'США',
      'Евросоюз',
      'Великобритания',
      'Россия',
      'Австралия',
      'Канада',
    ]);
    expect(options('Доставка')).toEqual([
      'Авиаэкспресс (DHL, FedEx, UPS) (4–8 дней)',
      'Авиадоставка эконом (10–20 дней)',
      'Морем или по железной дороге (25–50 дней)',
    ]);
    expect(screen.getByText('Доставка: Авиаэкспресс (DHL, FedEx, UPS)')).toBeInTheDocument();
    expect(screen.getByText(/5 кг к оплате = max\(5 кг фактический/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Куда' }), 'RU');
    expect(screen.getByText(/направление: Россия/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Учесть ввозную пошлину и НДС' }));
    expect(screen.getByRole('textbox', { name: 'НДС (%)' })).toHaveValue('22');
  });
});

describe('the landed-cost estimate in other languages', () => {
  it('speaks Spanish', async () => {
    const { user } = panel('es');
    expect(options('Destino')).toContain('Estados Unidos');
    expect(options('Envío')).toContain('Línea marítima o ferroviaria (25–50 días)');
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Incluir arancel de importación y impuesto sobre las ventas',
      }),
    );
  });

  it('speaks Chinese', () => {
    panel('zh');
    expect(options('目的地')).toContain('欧盟');
    expect(screen.getByText('国际运费：国际快递（DHL、FedEx、UPS）')).toBeInTheDocument();
  });

  it('says in English what the rate table says', () => {
    panel('en');
    expect(options('Destination')).toEqual(RATES.destinations.map((d) => d.name));
    expect(options('Shipping')).toEqual(RATES.methods.map((m) => `${m.label} (${m.days})`));
    expect(
      screen.getByRole('checkbox', {
        name: `Include import duty and ${RATES.destinations[0]!.vatName}`,
      }),
    ).not.toBeChecked();
  });
});
