'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId } from 'react';
import { Money } from '@/components/ui/money';
import { landedCost, perUnitFen, RATES, type SupplierParcel } from '@/lib/domain/landed-cost';
import { useUnits } from '@/i18n/units';
import { useLandedOptions } from './landed-store';
import { useLandedNames } from './landed-names';
import { LandedOptionsForm } from './landed-options';

type Props = {
  parcels: readonly SupplierParcel[];
  /** Units in all, for the cost per unit; and their unit name. */
  quantity: number;
  unit: string;
  /** Said above the figures: what the estimate is for. */
  subject: string;
  /** The shipping methods' labels, formatted where the page was rendered. */
  methodLabels?: Readonly<Record<string, string>>;
};

function Est() {
  const t = useTranslations('Landed');
  return <span className="ml-1 text-xs font-normal text-slate-500">{t('est')}</span>;
}
const totalClass = 'text-lg font-semibold text-brand-700';

/**
 * The landed-cost estimate of an offer or of the whole list, with the buyer's choices of
 * destination, method, fee and taxes (kept for the next visit). Every figure says it is an
 * estimate, and where the rates come from.
 */
export function LandedCostPanel({ parcels, quantity, unit, subject, methodLabels }: Props) {
  const t = useTranslations('Landed');
  const format = useFormatter();
  const units = useUnits();
  const names = useLandedNames();
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
          {t('title')}
        </h2>
        <p className="text-xs text-slate-600">{subject}</p>
      </div>
      <LandedOptionsForm options={options} onChange={setOptions} methodLabels={methodLabels} />
      {quantity === 0 ? (
        <p className="text-sm text-slate-600">{t('enter')}</p>
      ) : (
        <>
          <dl className="text-sm">
            {row(t('goods'), cost.goodsFen)}
            {row(
              t('domestic'),
              cost.domesticFen,
              t('parcels', { count: parcels.filter((p) => p.items.length).length }),
            )}
            {row(
              t('freight', { method: names.method(cost.method) }),
              cost.freightFen,
              t('freightDetail', {
                chargeable: names.kg(w.chargeableG),
                actual: names.kg(w.actualG),
                volumetric: names.kg(w.volumetricG),
                divisor: cost.method.volumetricDivisor,
                destination: names.destination(cost.destination),
              }),
            )}
            {row(t('agentFee', { percent: options.agentFeePercent }), cost.agentFeeFen)}
            {options.includeTaxes
              ? row(t('duty', { percent: options.dutyPercent }), cost.dutyFen)
              : null}
            {options.includeTaxes
              ? row(`${names.vat(cost.destination)} (${options.vatPercent}%)`, cost.vatFen)
              : null}
          </dl>
          <p aria-live="polite" className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-semibold">{t('total')}</span>
            <span className="text-right">
              <Money
                fen={cost.totalFen}
                className={totalClass}
                testId="landed-total"
                suffix={<Est />}
                end
              />
              <span className="block text-xs text-slate-600">
                {t.rich('perUnit', {
                  price: () => (
                    <Money key="unit" fen={perUnitFen(cost.totalFen, quantity)} approx={false} />
                  ),
                  unit: units.objectName(unit, 1),
                  quantity: units.count(quantity, unit),
                })}
              </span>
            </span>
          </p>
          {cost.missing.length ? (
            <p role="note" className="text-xs text-amber-800">
              {t('missing', { items: format.list(cost.missing), count: cost.missing.length })}
            </p>
          ) : null}
        </>
      )}
      <p className="text-xs text-slate-500">{t('source', { asOf: RATES.asOf })}</p>
    </section>
  );
}
