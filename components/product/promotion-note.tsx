import { useLocale, useTranslations } from 'next-intl';
import { formatCny } from '@/lib/domain/currency';
import { promotionKind } from '@/lib/domain/promotions';
import type { Promotion } from '@/lib/domain/schemas';

/** Who gets a promotion, in the page's language ("1688 Plus members", "Promotion (flash)"). */
export function usePromotionLabel(): (promotion: Pick<Promotion, 'kind'>) => string {
  const t = useTranslations('Promotion');
  return ({ kind }) => {
    const known = promotionKind(kind);
    if (known) return t(`kinds.${known}`);
    return kind.trim() ? t('other', { kind: kind.trim() }) : t('generic');
  };
}

/**
 * A promotion 1688 marks on an offer, beside the price every buyer pays and labelled with who
 * gets it (e.g. 1688 Plus members): never in its place. `price` is its price, formatted.
 */
export function PromotionNote({ promotion, price }: { promotion: Promotion; price: string }) {
  const t = useTranslations('Promotion');
  const label = usePromotionLabel();
  return (
    <p
      className="mt-2 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-950"
      data-testid="promotion"
    >
      <span className="font-semibold">{label(promotion)}:</span> {t('note', { price })}
    </p>
  );
}

/** The short form on a product card: "1688 Plus members CN¥9.50". */
export function PromotionTag({ promotion }: { promotion: Promotion }) {
  const label = usePromotionLabel();
  const locale = useLocale();
  return (
    <span className="text-xs text-amber-900" data-testid="promotion">
      {label(promotion)} {formatCny(promotion.price, locale)}
    </span>
  );
}
