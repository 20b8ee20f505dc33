import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useUnits } from '@/i18n/units';
import { Approx } from '@/components/ui/approx';
import { PromotionNote, usePromotionLabel } from './promotion-note';
import { type FiguredProduct, type TierFigures, tierFigures } from './offer-figures';

type Props = {
  product: Pick<FiguredProduct, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'promotion'>;
  /** The tier the current order reaches, highlighted; null when none applies. */
  active: number | null;
  headingId: string;
  /** The figures as text, formatted where the page was rendered (see offer-figures.ts). */
  figures?: TierFigures;
};

/**
 * Price by quantity (or by variant), with the tier the order reaches highlighted. A promotion
 * 1688 marks is shown beside the list prices (per tier where 1688 gives them), never in their
 * place: the list price is what every buyer pays.
 */
export function TierTable({ product, active, headingId, figures }: Props) {
  const t = useTranslations('Tiers');
  const locale = useLocale();
  const format = useFormatter();
  const units = useUnits();
  const promotionLabel = usePromotionLabel();
  const shown = figures ?? tierFigures(product, { units, locale, number: (n) => format.number(n) });
  const promoted = product.promotion?.tiers;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-sm font-semibold">
        {product.pricing === 'per_sku' ? t('byVariant') : t('byQuantity')}
      </h2>
      <p className="text-xs text-slate-600">
        {product.pricing === 'per_sku' ? t('byVariantNote') : t('byQuantityNote')}
      </p>
      {product.pricing === 'tiered' ? (
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 font-medium">
                {t('quantity')}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t('unitPrice')}
              </th>
              {promoted ? (
                <th scope="col" className="py-1 font-medium text-amber-900">
                  {promotionLabel(product.promotion!)}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {product.tiers.map((tier, i) => {
              const isActive = active === i;
              const row = shown.rows[i]!;
              return (
                <tr
                  key={tier.minQuantity}
                  aria-current={isActive ? 'true' : undefined}
                  className={isActive ? 'bg-brand-50 font-semibold text-brand-800' : ''}
                >
                  <td className="rounded-l-md px-2 py-1.5">{row.band}</td>
                  <td className="rounded-r-md px-2 py-1.5">
                    {row.price.amount}{' '}
                    <span className="text-xs font-normal text-slate-600">
                      <Approx min={tier.price} initial={row.price.approx} />
                    </span>
                  </td>
                  {promoted ? (
                    <td className="px-2 py-1.5 text-xs font-normal text-amber-900">
                      {row.promoted ?? '–'}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        {t('moq', { quantity: shown.moq })}
        {shown.lots ? ` · ${t('lots', { size: shown.lots })}` : ''}
      </p>
      {product.promotion ? (
        <PromotionNote promotion={product.promotion} price={shown.promotionPrice!} />
      ) : null}
    </section>
  );
}
