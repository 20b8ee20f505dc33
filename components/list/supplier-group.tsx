'use client';

import { useTranslations } from 'next-intl';
import { InquiryPanel } from '@/components/contact/inquiry-panel';
import { Money } from '@/components/ui/money';
import type { SupplierGroup } from '@/lib/domain/list-view';
import { type LineActions, OfferCard } from './offer-card';

type Props = { group: SupplierGroup; firstRow: number; readOnly: boolean; actions: LineActions };

/** The offers of one supplier: one 1688 order, with its subtotal and a message for the seller. */
export function SupplierGroupCard({ group, firstRow, readOnly, actions }: Props) {
  const t = useTranslations('List');
  const { supplier } = group;
  const starts = group.offers.map(
    (_, i) => firstRow + group.offers.slice(0, i).reduce((n, o) => n + o.lines.length, 0),
  );
  return (
    <section
      aria-labelledby={`supplier-${supplier.id}`}
      className="break-inside-avoid-page rounded-xl border border-slate-200 bg-white p-4 print:rounded-none print:border-x-0 print:p-0 print:pt-3"
      data-testid="supplier-group"
    >
      <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-2">
        <div>
          <h2 id={`supplier-${supplier.id}`} className="font-semibold">
            {supplier.name}
          </h2>
          {supplier.nameZh && supplier.nameZh !== supplier.name ? (
            <p lang="zh" className="text-sm text-slate-600">
              {supplier.nameZh}
            </p>
          ) : null}
          <p className="text-xs text-slate-600">
            {supplier.location} · {t('supplierId', { id: supplier.id })} · {t('oneOrder')}
            {supplier.shopUrl ? (
              <>
                {' · '}
                <a
                  href={supplier.shopUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-brand-700 underline print:hidden"
                >
                  {t('openShop')}
                </a>
              </>
            ) : null}
          </p>
        </div>
        <p className="text-right text-sm">
          {t('subtotal')}
          <span className="block">
            <Money
              fen={group.subtotalFen}
              className="text-lg font-semibold"
              testId="supplier-subtotal"
            />
          </span>
        </p>
      </header>
      <div className="divide-y divide-slate-200">
        {group.offers.map((view, i) => {
          const start = starts[i]!;
          return (
            <OfferCard
              key={view.offer.id}
              view={view}
              firstRow={start}
              readOnly={readOnly}
              actions={actions}
            />
          );
        })}
      </div>
      {readOnly ? null : (
        <div className="mt-2">
          <InquiryPanel
            offers={group.offers.map((o) => ({ ...o.offer, lines: o.offer.lines }))}
            shopUrl={supplier.shopUrl}
          />
        </div>
      )}
    </section>
  );
}
