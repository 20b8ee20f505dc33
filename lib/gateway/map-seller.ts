/**
 * The supplier behind an offer, from the seller fields that search rows and details share:
 * identity badges in their three spellings, scores, repurchase rate, years on 1688 and names.
 */
import type { SupplierBadge } from '@/lib/domain/schemas';
import type { RawSearchOffer } from './raw-schemas';
import { plainOrUndefined, plainText, wholeYears } from './text';

const BADGES: [RegExp, SupplierBadge][] = [
  [/super_?factory|超级工厂/i, 'super_factory'],
  [/powerful_?merchants?|实力商家/i, 'powerful_merchant'],
  [/tp_?member|诚信通/i, 'tp_member'],
];

/** Identity badges come as codes, as "code-中文label", or as Chinese labels only. */
export function toBadges(identities: readonly string[]): SupplierBadge[] {
  return BADGES.filter(([re]) => identities.some((identity) => re.test(identity))).map(
    ([, badge]) => badge,
  );
}

export function toRate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value.replace('%', '').trim());
  if (!Number.isFinite(n)) return undefined;
  const rate = value.includes('%') || n > 1 ? n / 100 : n;
  return Math.min(1, Math.max(0, rate));
}

const clampScore = (n: number | undefined) =>
  n === undefined ? undefined : Math.min(5, Math.max(0, n));

type SellerFields = Pick<
  RawSearchOffer,
  'sellerOpenId' | 'companyName' | 'companyNameTrans' | 'sellerIdentities' | 'sellerDataInfo'
>;

/**
 * The supplier: its translated name when 1688 gives one, else the Chinese name (the UI then
 * says it is the Chinese name); years on 1688 from `tpYear` where given.
 */
export function supplierOf(raw: SellerFields, location: string) {
  const badges = toBadges(raw.sellerIdentities);
  const info = raw.sellerDataInfo ?? {};
  const nameZh = plainOrUndefined(raw.companyName);
  return {
    id: raw.sellerOpenId || 'unknown',
    name: plainText(raw.companyNameTrans) || nameZh || '1688 supplier',
    nameZh,
    location: plainText(location),
    yearsOn1688: wholeYears(info.tpYear),
    badges,
    isFactory: badges.includes('super_factory'),
    scores: {
      composite: clampScore(info.compositeServiceScore),
      quality: clampScore(info.offerExperienceScore),
      logistics: clampScore(info.logisticsExperienceScore),
      dispute: clampScore(info.disputeComplaintScore),
    },
    repurchaseRate: toRate(info.repeatPurchasePercent),
  };
}
