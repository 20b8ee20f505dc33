/**
 * What a 1688 promotion kind means for a buyer. 1688 does not publish the full list of kinds
 * (`promotionModel.promotionType`), so a kind pifa does not know is shown as a promotion with
 * its own name: never hidden, and never taken for the price every buyer pays.
 */
const KNOWN: Record<string, string> = {
  plus: '1688 Plus members',
  member: 'Members of this shop',
  newbuyer: 'New buyers',
  new_buyer: 'New buyers',
  limitedtime: 'Limited-time offer',
  limited_time: 'Limited-time offer',
};

/** Who gets the promoted price, in words: "1688 Plus members", "Promotion (flash)"… */
export function promotionLabel(kind: string): string {
  const key = kind.trim().toLowerCase();
  if (!key) return 'Promotion';
  return KNOWN[key] ?? `Promotion (${kind.trim()})`;
}
