'use client';

import { useLocale, useTranslations } from 'next-intl';
import { OrderProblemText, problemKey, useOrderText } from '@/components/product/order-text';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import { useUnits } from '@/i18n/units';
import { Money } from '@/components/ui/money';
import { formatCny } from '@/lib/domain/currency';
import type { OfferView } from '@/lib/domain/list-view';
import { LineItem } from './line-item';

export type LineActions = {
  onQuantity: (offerId: string, skuId: string, quantity: number) => void;
  onNote: (offerId: string, skuId: string, note: string) => void;
  onRemove: (offerId: string, skuId: string) => void;
  onAcceptPrices: (view: OfferView) => void;
};

type Props = { view: OfferView; firstRow: number; readOnly: boolean; actions: LineActions };

/** One offer of the list: its lines, the tier all of them reach together, and its warnings. */
export function OfferCard({ view, firstRow, readOnly, actions }: Props) {
  const t = useTranslations('List');
  const locale = useLocale();
  const units = useUnits();
  const orderText = useOrderText();
  const { offer, order } = view;
  const changed = view.lines.some((l) => l.priceChange);
  return (
    <article
      className="break-inside-avoid py-3"
      aria-labelledby={`offer-${offer.id}`}
      data-testid="list-offer"
    >
      <div className="flex gap-3">
        <img
          src={offer.image}
          alt=""
          width={64}
          height={64}
          className="size-16 shrink-0 rounded-md bg-slate-100 object-cover print:size-10"
        />
        <div className="min-w-0 flex-1">
          <h3 id={`offer-${offer.id}`} className="font-medium leading-snug">
            <Link href={`/products/${offer.id}`} className="hover:text-brand-700 hover:underline">
              {offer.title}
            </Link>
          </h3>
          <p lang="zh" className="text-xs text-slate-500">
            {offer.titleZh}
          </p>
          <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600">
            <span>{t('offerId', { id: offer.id })}</span>
            <a
              href={offer.sourceUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand-700 underline print:hidden"
            >
              {t('openOn1688')}
            </a>
            <span className="hidden print:inline">{offer.sourceUrl}</span>
            {view.status === 'loading' ? <span role="status">{t('offerChecking')}</span> : null}
            {view.status === 'unchecked' ? <span>{t('offerUnchecked')}</span> : null}
          </p>
        </div>
      </div>
      {view.status === 'gone' ? (
        <p role="note" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('offerGone')}
        </p>
      ) : (
        <div className="mt-2 space-y-1 text-sm">
          <p>
            {order.tier
              ? t.rich('tierReachedBy', {
                  quantity: units.count(order.totalQuantity, offer.unit),
                  band: units.band(
                    view.product?.tiers ?? offer.tiers,
                    order.tierIndex ?? 0,
                    offer.unit,
                  ),
                  price: formatCny(order.tier.price, locale),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })
              : t('ownPrices', { quantity: units.count(order.totalQuantity, offer.unit) })}
          </p>
          {order.problems.map((p) => (
            <p key={problemKey(p)} className="font-medium text-red-800" data-testid="offer-problem">
              <OrderProblemText problem={p} unit={offer.unit} />
            </p>
          ))}
          {order.nextTier && order.problems.length === 0 ? (
            <p className="text-emerald-800">{orderText.nextTier(order.nextTier, offer.unit)}</p>
          ) : null}
          {changed && view.product && !readOnly ? (
            <p className="print:hidden">
              <button
                type="button"
                onClick={() => actions.onAcceptPrices(view)}
                className="rounded-md border border-amber-400 bg-amber-50 px-2 py-1 text-xs font-semibold text-amber-900 hover:bg-amber-100"
              >
                {t('takePrices')}
              </button>
            </p>
          ) : null}
        </div>
      )}
      <ul className="mt-2" aria-label={t('variantsOf', { title: offer.title })}>
        {view.lines.map((l, i) => (
          <LineItem
            key={l.line.skuId}
            view={l}
            unit={offer.unit}
            row={firstRow + i}
            readOnly={readOnly}
            onQuantity={(q) => actions.onQuantity(offer.id, l.line.skuId, q)}
            onNote={(n) => actions.onNote(offer.id, l.line.skuId, n)}
            onRemove={() => actions.onRemove(offer.id, l.line.skuId)}
          />
        ))}
      </ul>
      <p className="flex justify-end gap-2 border-t border-slate-100 pt-2 text-sm">
        {t('offerTotal')}{' '}
        <Money fen={order.totalFen} className="font-semibold" testId="offer-total" />
      </p>
    </article>
  );
}
