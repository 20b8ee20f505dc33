'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { LandedCostPanel } from '@/components/landed/landed-cost-panel';
import { Money } from '@/components/ui/money';
import { type ListView, parcelsOf } from '@/lib/domain/list-view';
import { useUnits } from '@/i18n/units';
import type { LineActions } from './offer-card';
import { SupplierGroupCard } from './supplier-group';

type Props = { view: ListView; readOnly: boolean; actions: LineActions };

/** Supplier groups, the list total (announced as it changes) and the landed-cost estimate. */
export function ListBody({ view, readOnly, actions }: Props) {
  const t = useTranslations('List');
  const format = useFormatter();
  const units = useUnits();
  const starts = view.groups.map((_, i) =>
    view.groups
      .slice(0, i)
      .reduce((n, g) => n + g.offers.reduce((m, o) => m + o.lines.length, 0), 0),
  );
  const unit = view.groups[0]?.offers[0]?.offer.unit ?? 'piece';
  const oneUnit = view.groups.every((g) => g.offers.every((o) => o.offer.unit === unit));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] print:block">
      <div className="space-y-4" data-order-grid>
        {view.groups.map((group, i) => {
          const start = starts[i]!;
          return (
            <SupplierGroupCard
              key={group.supplier.id}
              group={group}
              firstRow={start}
              readOnly={readOnly}
              actions={actions}
            />
          );
        })}
      </div>
      <aside
        className="space-y-4 lg:sticky lg:top-4 lg:self-start print:mt-4"
        aria-label={t('totals')}
      >
        <section className="rounded-xl border border-slate-200 bg-white p-4 print:border-0 print:p-0">
          <h2 className="font-semibold">{t('listTotal')}</h2>
          <p aria-live="polite" className="mt-1">
            <Money
              fen={view.totalFen}
              className="text-2xl font-semibold text-brand-700"
              testId="list-total"
            />
          </p>
          <p className="mt-1 text-sm text-slate-600" data-testid="list-counts">
            {t('counts', {
              quantity: oneUnit
                ? units.count(view.quantity, unit)
                : t('units', { count: view.quantity, formatted: format.number(view.quantity) }),
              lines: view.lineCount,
              offers: view.offerCount,
              suppliers: view.groups.length,
            })}
          </p>
          {view.warningCount > 0 ? (
            <p className="mt-2 text-sm font-medium text-amber-800">
              {t('warnings', { count: view.warningCount })}
            </p>
          ) : null}
        </section>
        <section className="rounded-xl border border-slate-200 bg-white p-4 print:border-0 print:p-0">
          <LandedCostPanel
            parcels={parcelsOf(view)}
            quantity={view.quantity}
            unit={oneUnit ? unit : 'unit'}
            subject={t('landedSubject', { count: view.groups.length })}
          />
        </section>
      </aside>
    </div>
  );
}
