import { formatCny } from '@/lib/domain/currency';
import { plural, tierBand } from '@/lib/domain/pricing';
import type { Product } from '@/lib/domain/schemas';
import { Approx } from '@/components/ui/approx';
import { PromotionNote } from './promotion-note';

type Props = {
  product: Pick<Product, 'pricing' | 'tiers' | 'moq' | 'lotSize' | 'unit' | 'promotion'>;
  /** The tier the current order reaches, highlighted; null when none applies. */
  active: number | null;
  headingId: string;
};

/**
 * Price by quantity (or by variant), with the tier the order reaches highlighted. A promotion
 * 1688 marks is shown beside the list prices (per tier where 1688 gives them), never in their
 * place: the list price is what every buyer pays.
 */
export function TierTable({ product, active, headingId }: Props) {
  const unit = product.unit;
  const promoted = product.promotion?.tiers;
  const promotedFor = (minQuantity: number) =>
    promoted?.find((t) => t.minQuantity === minQuantity)?.price;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-sm font-semibold">
        {product.pricing === 'per_sku' ? 'Price by variant' : 'Price by quantity'}
      </h2>
      <p className="text-xs text-slate-600">
        {product.pricing === 'per_sku'
          ? 'Each variant has its own price (shown in the order form below).'
          : 'Tiers apply to the total quantity across all variants.'}
      </p>
      {product.pricing === 'tiered' ? (
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Quantity
              </th>
              <th scope="col" className="py-1 font-medium">
                Unit price
              </th>
              {promoted ? (
                <th scope="col" className="py-1 font-medium text-amber-900">
                  {product.promotion!.label}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {product.tiers.map((tier, i) => {
              const isActive = active === i;
              return (
                <tr
                  key={tier.minQuantity}
                  aria-current={isActive ? 'true' : undefined}
                  className={isActive ? 'bg-brand-50 font-semibold text-brand-800' : ''}
                >
                  <td className="rounded-l-md px-2 py-1.5">{tierBand(product.tiers, i, unit)}</td>
                  <td className="rounded-r-md px-2 py-1.5">
                    {formatCny(tier.price)}{' '}
                    <span className="text-xs font-normal text-slate-600">
                      <Approx min={tier.price} />
                    </span>
                  </td>
                  {promoted ? (
                    <td className="px-2 py-1.5 text-xs font-normal text-amber-900">
                      {promotedFor(tier.minQuantity) === undefined
                        ? '–'
                        : formatCny(promotedFor(tier.minQuantity)!)}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        Minimum order {product.moq} {plural(unit, product.moq)} in total
        {product.lotSize > 1 ? ` · sold in lots of ${product.lotSize}` : ''}
      </p>
      {product.promotion ? <PromotionNote promotion={product.promotion} /> : null}
    </section>
  );
}
