/**
 * What a 1688 promotion kind means for a buyer. 1688 does not publish the full list of kinds
 * (`promotionModel.promotionType`), so a kind pifa does not know is shown as a promotion with
 * its own name: never hidden, and never taken for the price every buyer pays. Pages name the
 * known kinds in their language (Promotion.kinds in messages/*.json); the label here is the
 * English the API gives.
 */
export type PromotionKind = 'plus' | 'member' | 'new_buyer' | 'limited_time';

const KINDS: Record<string, PromotionKind> = {
  plus: 'plus',
  member: 'member',
  newbuyer: 'new_buyer',
  new_buyer: 'new_buyer',
  limitedtime: 'limited_time',
  limited_time: 'limited_time',
};

const LABELS: Record<PromotionKind, string> = {
  plus: '1688 Plus members',
  member: 'Members of this shop',
  new_buyer: 'New buyers',
  limited_time: 'Limited-time offer',
};

/** The kind of promotion 1688's name stands for, or null when pifa does not know it. */
export function promotionKind(kind: string): PromotionKind | null {
  return KINDS[kind.trim().toLowerCase()] ?? null;
}

/** Who gets the promoted price, in words: "1688 Plus members", "Promotion (flash)"… */
export function promotionLabel(kind: string): string {
  const known = promotionKind(kind);
  if (known) return LABELS[known];
  return kind.trim() ? `Promotion (${kind.trim()})` : 'Promotion';
}
