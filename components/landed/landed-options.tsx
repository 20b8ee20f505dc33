'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { methodLabel, useLandedNames } from './landed-names';
import {
  findDestination,
  type LandedOptions,
  type MethodId,
  RATES,
} from '@/lib/domain/landed-cost';

type Props = {
  options: LandedOptions;
  onChange: (next: LandedOptions) => void;
  /** The shipping methods' labels, formatted where the page was rendered (`methodLabels`). */
  methodLabels?: Readonly<Record<string, string>>;
};

const field = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** A percentage typed freely (it may be empty for a moment); valid values apply at once. */
function PercentInput({
  id,
  value,
  onValue,
}: {
  id: string;
  value: number;
  onValue: (n: number) => void;
}) {
  const [text, setText] = useState(String(value));
  // A value that changes from outside (stored choices read after the first render, another
  // tab) replaces the text, unless the text already says it ("3." while typing 3.5).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (Number(text.replace(',', '.')) !== value) setText(String(value));
  }
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const n = Number(t.replace(',', '.'));
        if (t.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100) onValue(n);
      }}
      onBlur={() => setText(String(value))}
      className={`${field} w-full`}
    />
  );
}

/** Destination, shipping method, agent fee and optional duty and VAT of the estimate. */
export function LandedOptionsForm({ options, onChange, methodLabels }: Props) {
  const t = useTranslations('Landed');
  const names = useLandedNames();
  const id = useId();
  const set = (patch: Partial<LandedOptions>) => onChange({ ...options, ...patch });
  return (
    <fieldset className="grid grid-cols-2 gap-x-3 gap-y-2 text-sm print:hidden">
      <legend className="sr-only">{t('settings')}</legend>
      <label htmlFor={`${id}-dest`} className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{t('destination')}</span>
        <select
          id={`${id}-dest`}
          value={options.destination}
          onChange={(e) => {
            const d = findDestination(e.currentTarget.value);
            set({ destination: d.code, vatPercent: d.vatPercent, dutyPercent: d.dutyPercent });
          }}
          className={field}
        >
          {RATES.destinations.map((d) => (
            <option key={d.code} value={d.code}>
              {names.destination(d)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-method`} className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{t('shipping')}</span>
        <select
          id={`${id}-method`}
          value={options.method}
          onChange={(e) => set({ method: e.currentTarget.value as MethodId })}
          className={field}
        >
          {RATES.methods.map((m) => (
            <option key={m.id} value={m.id}>
              {methodLabels?.[m.id] ?? methodLabel(names, m)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-fee`} className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{t('agentFeeField')}</span>
        <PercentInput
          id={`${id}-fee`}
          value={options.agentFeePercent}
          onValue={(n) => set({ agentFeePercent: n })}
        />
      </label>
      <label className="col-span-2 flex items-center gap-2">
        <input
          type="checkbox"
          checked={options.includeTaxes}
          onChange={(e) => set({ includeTaxes: e.currentTarget.checked })}
          className="size-4 accent-brand-600"
        />
        {t('includeTaxes', { vat: names.vat(findDestination(options.destination)) })}
      </label>
      {options.includeTaxes ? (
        <>
          <label htmlFor={`${id}-duty`} className="flex flex-col gap-1">
            <span className="text-xs font-medium text-slate-700">{t('dutyField')}</span>
            <PercentInput
              key={`duty-${options.destination}`}
              id={`${id}-duty`}
              value={options.dutyPercent}
              onValue={(n) => set({ dutyPercent: n })}
            />
          </label>
          <label htmlFor={`${id}-vat`} className="flex flex-col gap-1">
            <span className="text-xs font-medium text-slate-700">
              {names.vat(findDestination(options.destination))} (%)
            </span>
            <PercentInput
              key={`vat-${options.destination}`}
              id={`${id}-vat`}
              value={options.vatPercent}
              onValue={(n) => set({ vatPercent: n })}
            />
          </label>
        </>
      ) : null}
    </fieldset>
  );
}
