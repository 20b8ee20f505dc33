'use client';

import { useId } from 'react';
import { Money } from '@/components/ui/money';
import {
  formatKg,
  landedCost,
  perUnitFen,
  RATES,
  type SupplierParcel,
} from '@/lib/domain/landed-cost';
import { countOf } from '@/lib/domain/pricing';
import { useLandedOptions } from './landed-store';
import { LandedOptionsForm } from './landed-options';

type Props = {
  parcels: readonly SupplierParcel[];
  /** Units in all, for the cost per unit; and their unit name. */
  quantity: number;
  unit: string;
  /** Said above the figures: what the estimate is for. */
  subject: string;
};

const Est = () => <span className="ml-1 text-xs font-normal text-slate-500">est.</span>;
const totalClass = 'text-lg font-semibold text-brand-700';

/**
 * The landed-cost estimate of an offer or of the whole list, with the buyer's choices of
 * destination, method, fee and taxes (kept for the next visit). Every figure says it is an
 * estimate, and where the rates come from.
 */
export function LandedCostPanel({ parcels, quantity, unit, subject }: Props) {
  const id = useId();
  const [options, setOptions] = useLandedOptions();
  const cost = landedCost(parcels, options);
  const w = cost.weights;
  const row = (label: string, fen: number, detail?: string, testId?: string) => (
    <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 py-1">
      <dt className="text-slate-700">
        {label}
        {detail ? <span className="block text-xs text-slate-500">{detail}</span> : null}
      </dt>
      <dd className="text-right tabular-nums">
        <Money fen={fen} testId={testId} suffix={<Est />} end />
      </dd>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3" data-testid="landed-cost">
      <div>
        <h2 id={`${id}-h`} className="font-semibold">
          Landed cost (estimate)
        </h2>
        <p className="text-xs text-slate-600">{subject}</p>
      </div>
      <LandedOptionsForm options={options} onChange={setOptions} />
      {quantity === 0 ? (
        <p className="text-sm text-slate-600">Enter quantities to see what they cost delivered.</p>
      ) : (
        <>
          <dl className="text-sm">
            {row('Goods', cost.goodsFen)}
            {row(
              'China domestic shipping',
              cost.domesticFen,
              `${parcels.filter((p) => p.items.length).length} parcel(s) to the agent’s warehouse`,
            )}
            {row(
              `Freight: ${cost.method.label}`,
              cost.freightFen,
              `${formatKg(w.chargeableG)} chargeable = max(${formatKg(w.actualG)} actual, ${formatKg(w.volumetricG)} volumetric at L×W×H ÷ ${cost.method.volumetricDivisor}) to ${cost.destination.name}`,
            )}
            {row(`Agent fee (${options.agentFeePercent}%)`, cost.agentFeeFen)}
            {options.includeTaxes
              ? row(`Import duty (${options.dutyPercent}%)`, cost.dutyFen)
              : null}
            {options.includeTaxes
              ? row(`${cost.destination.vatName} (${options.vatPercent}%)`, cost.vatFen)
              : null}
          </dl>
          <p aria-live="polite" className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-semibold">Estimated landed cost</span>
            <span className="text-right">
              <Money
                fen={cost.totalFen}
                className={totalClass}
                testId="landed-total"
                suffix={<Est />}
                end
              />
              <span className="block text-xs text-slate-600">
                ≈ <Money fen={perUnitFen(cost.totalFen, quantity)} approx={false} /> per {unit} over{' '}
                {countOf(quantity, unit)}
              </span>
            </span>
          </p>
          {cost.missing.length ? (
            <p role="note" className="text-xs text-amber-800">
              No weight or package size given for {cost.missing.join(', ')}: their freight is not
              included.
            </p>
          ) : null}
        </>
      )}
      <p className="text-xs text-slate-500">
        Estimates from pifa’s rate table of {RATES.asOf}, not quotes: your agent’s rates, the goods’
        HS code and the carrier decide the real cost.
      </p>
    </section>
  );
}
