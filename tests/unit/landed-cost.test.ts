import { describe, expect, it } from 'vitest';
import {
  chargeableWeight,
  defaultLandedOptions,
  domesticFen,
  findMethod,
  landedCost,
  RATES,
} from '@/lib/domain/landed-cost';
import { checkRatesTable, ratesTable } from '@/lib/domain/landed-cost-schema';
import table from '@/lib/domain/landed-cost-rates.json';

const express = findMethod('express_air');
const sea = findMethod('sea_rail');

describe('the rates table', () => {
  it('is valid, dated, sourced and has the destinations and methods buyers choose from', () => {
    expect(ratesTable.safeParse(table).success).toBe(true);
    expect(RATES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(RATES.source.length).toBeGreaterThan(20);
    expect(RATES.destinations.map((d) => d.code)).toEqual(['US', 'EU', 'UK', 'RU', 'AU', 'CA']);
    expect(RATES.methods.map((m) => m.id)).toEqual(['express_air', 'economy_air', 'sea_rail']);
  });

  it('rejects a replacement with a missing rate', () => {
    const broken = structuredClone(table) as Record<string, unknown> & typeof table;
    delete (broken.destinations[0]!.freightPerKgFen as Record<string, number>).sea_rail;
    expect(ratesTable.safeParse(broken).success).toBe(false);
    expect(() => checkRatesTable(broken)).toThrow(/destinations\.0\.freightPerKgFen\.sea_rail/);
  });

  it('is the table the code uses, and passes the check the build runs', () => {
    expect(RATES).toBe(table);
    expect(() => checkRatesTable()).not.toThrow();
  });
});

describe('chargeable weight', () => {
  it('is the actual weight when the parcel is dense', () => {
    // 10 × 2 kg in 20×20×20 cm: 20 kg actual, 16 kg volumetric at ÷5000.
    const w = chargeableWeight(
      [
        {
          label: 'a',
          quantity: 10,
          weightKg: 2,
          dimensionsCm: { length: 20, width: 20, height: 20 },
        },
      ],
      express,
    );
    expect(w).toEqual({ actualG: 20_000, volumetricG: 16_000, chargeableG: 20_000 });
  });

  it('is the volumetric weight when the parcel is bulky, rounded up by the method’s step', () => {
    // 3 pillows of 0.3 kg in 40×30×20 cm: 0.9 kg actual, 3 × 24,000 / 5000 = 14.4 kg.
    const items = [
      {
        label: 'p',
        quantity: 3,
        weightKg: 0.3,
        dimensionsCm: { length: 40, width: 30, height: 20 },
      },
    ];
    expect(chargeableWeight(items, express)).toEqual({
      actualG: 900,
      volumetricG: 14_400,
      chargeableG: 14_500,
    });
    // Sea uses ÷6000 and whole kilograms: 12 kg volumetric.
    expect(chargeableWeight(items, sea).chargeableG).toBe(12_000);
  });

  it('never goes under the method’s minimum', () => {
    const tiny = [{ label: 'ring', quantity: 1, weightKg: 0.01 }];
    expect(chargeableWeight(tiny, express).chargeableG).toBe(500);
    expect(chargeableWeight(tiny, sea).chargeableG).toBe(12_000);
    expect(chargeableWeight([], express).chargeableG).toBe(0);
  });
});

describe('landed cost', () => {
  const parcel = (goodsFen: number, weightKg: number, quantity = 100) => ({
    goodsFen,
    items: [
      { label: 'case', quantity, weightKg, dimensionsCm: { length: 18, width: 10, height: 2 } },
    ],
  });

  it('charges the domestic first kilogram and each further started one', () => {
    expect(domesticFen(0)).toBe(0);
    expect(domesticFen(400)).toBe(800);
    expect(domesticFen(1000)).toBe(800);
    expect(domesticFen(2300)).toBe(800 + 2 * 200);
  });

  it('adds goods, domestic per supplier, freight by chargeable weight and the agent fee', () => {
    const options = {
      ...defaultLandedOptions(),
      destination: 'US',
      method: 'express_air' as const,
    };
    // Two suppliers: 100 × 0.05 kg and 100 × 0.05 kg. Each parcel 5 kg → 800 + 4 × 200.
    const cost = landedCost([parcel(35_000, 0.05), parcel(20_000, 0.05)], options);
    expect(cost.goodsFen).toBe(55_000);
    expect(cost.domesticFen).toBe(2 * 1600);
    // 10 kg actual; volumetric 200 × 360 cm³ / 5000 = 14.4 kg → 14.5 kg at CN¥90/kg.
    expect(cost.weights).toEqual({ actualG: 10_000, volumetricG: 14_400, chargeableG: 14_500 });
    expect(cost.freightFen).toBe(14.5 * 9000);
    expect(cost.agentFeeFen).toBe(2750);
    expect(cost.dutyFen + cost.vatFen).toBe(0);
    expect(cost.totalFen).toBe(55_000 + 3200 + 130_500 + 2750);
  });

  it('adds duty and VAT on the customs value of the destination when asked', () => {
    const eu = {
      ...defaultLandedOptions(),
      destination: 'EU',
      method: 'economy_air' as const,
      includeTaxes: true,
      dutyPercent: 4,
      vatPercent: 21,
    };
    const cost = landedCost([parcel(100_000, 0.05)], eu);
    // The EU values goods with freight (CIF): duty and VAT include the shipping.
    const customs = cost.goodsFen + cost.domesticFen + cost.freightFen;
    expect(cost.dutyFen).toBe(Math.round(customs * 0.04));
    expect(cost.vatFen).toBe(Math.round((customs + cost.dutyFen) * 0.21));
    // The US values the goods alone (FOB).
    const us = landedCost([parcel(100_000, 0.05)], { ...eu, destination: 'US', vatPercent: 0 });
    expect(us.dutyFen).toBe(4000);
  });

  it('names the items whose weight is unknown, whose freight it leaves out', () => {
    const cost = landedCost(
      [{ goodsFen: 1000, items: [{ label: 'Mystery box', quantity: 2 }] }],
      defaultLandedOptions(),
    );
    expect(cost.missing).toEqual(['Mystery box']);
    expect(cost.freightFen).toBe(0);
    expect(cost.domesticFen).toBe(800);
  });
});
