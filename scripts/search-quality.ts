/**
 * How well the mock catalog's search finds what buyers mean, measured over a judged list of
 * buyer queries: English and Chinese, typos, synonyms and spelling variants, plurals, glued
 * and split words, and several words of which some match nothing. Each query lists the
 * categories whose offers count as relevant (a top-level, second-level or leaf id; an offer is
 * relevant when its category is one of them or lies under one). Used by `npm run bench` and by
 * the Vitest test that keeps the figures at their targets.
 */
import { searchQuery } from '@/lib/domain/schemas';
import type { CatalogProvider } from '@/lib/domain/provider';

export type Judged = { q: string; relevant: string[] };

const j = (q: string, ...relevant: string[]): Judged => ({ q, relevant });

export const JUDGED: Judged[] = [
  // Plain English, singular and plural
  j('phone case', '1020101'),
  j('phone cases', '1020101'),
  j('dress', '1010201'),
  j('dresses', '1010201'),
  j('maxi dress', '1010201'),
  j('yoga mat', '1090101'),
  j('backpack', '1060201'),
  j('sneakers', '10701'),
  j('running shoes', '1070101'),
  j('power bank', '1020203'),
  j('charger', '1020201', '1080202'),
  j('earbuds', '1020301'),
  j('bluetooth speaker', '1020302'),
  j('smart watch', '1020303'),
  j('building blocks', '1040101'),
  j('plush toy', '10402'),
  j('lipstick', '1050101'),
  j('face mask', '1050201'),
  j('makeup brush', '1050301'),
  j('gift box', '1110201'),
  j('mailer bag', '1110101'),
  j('packing tape', '1110103'),
  j('screwdriver', '1120102', '1120203'),
  j('drill', '1120201'),
  j('wrench', '1120101'),
  j('necklace', '1130101'),
  j('earrings', '1130102'),
  j('sunglasses', '1130301'),
  j('cat bed', '1140101'),
  j('dog leash', '1140301'),
  j('notebook', '1100201'),
  j('gel pen', '1100101'),
  j('tent', '1090201'),
  j('dumbbell', '1090102'),
  j('car seat cover', '1080101'),
  j('dash cam', '1080201'),
  j('suitcase', '1060301'),
  j('wallet', '1060103'),
  j('hoodie', '1010103'),
  j('jeans', '1010301'),
  j('towel', '1030301', '1080301'),
  j('storage box', '1030201'),
  j('hair clip', '1130201'),
  j('baseball cap', '1130303'),
  j('phone holder', '1020102'),
  j('screen protector', '1020103'),
  j('slippers', '1070201'),
  j('snow boots', '1070302'),
  // The category is the thing searched, not a word in a title
  j('jewellery', '11301'),
  j('packaging box', '1110102', '1110201'),
  j('luggage', '10603'),
  // Synonyms and spelling variants
  j('jewelry', '11301'),
  j('headphones', '1020301'),
  j('earphones', '1020301'),
  j('powerbank', '1020203'),
  j('usb c cable', '1020202'),
  j('type-c cable', '1020202'),
  j('water bottle', '1030101'),
  j('mug', '1030101'),
  j('trainers', '10701'),
  j('rucksack', '1060201'),
  j('purse', '1060103'),
  j('tee shirt', '1010101'),
  j('iphone case', '1020101'),
  j('led strip', '1080203'),
  j('lego', '1040101'),
  j('stuffed animal', '10402'),
  j('car charger', '1080202'),
  // Typos
  j('bluetoth', '1020301', '1020302'),
  j('headphnes', '1020301'),
  j('sunglases', '1130301'),
  j('backpak', '1060201'),
  j('necklase', '1130101'),
  j('screwdiver', '1120102', '1120203'),
  j('jewlery', '11301'),
  j('earings', '1130102'),
  j('yoga matt', '1090101'),
  // Glued and split words
  j('yogamat', '1090101'),
  j('phonecase', '1020101'),
  j('back pack', '1060201'),
  j('ear buds', '1020301'),
  j('sun glasses', '1130301'),
  // Several words, some of which match nothing
  j('iphone 15 case', '1020101'),
  j('summer dress', '1010201'),
  j('women dress', '1010201'),
  j('kids toys', '104'),
  j('wireless earbuds', '1020301'),
  j('stainless steel water bottle', '1030101'),
  j('cheap phone case', '1020101'),
  // Chinese
  j('手机壳', '1020101'),
  j('连衣裙', '1010201'),
  j('瑜伽垫', '1090101'),
  j('充电宝', '1020203'),
  j('积木', '1040101'),
  j('口红', '1050101'),
  j('快递袋', '1110101'),
  j('螺丝刀', '1120102', '1120203'),
  j('项链', '1130101'),
  j('猫窝', '1140101'),
  j('帐篷', '1090201'),
  j('灯带', '1080203'),
  j('蓝牙耳机', '1020301'),
  j('保温杯', '1030101'),
  j('移动电源', '1020203'),
  j('首饰', '11301'),
];

export type QueryQuality = { q: string; total: number; precision: number; misses: string[] };

export type Quality = {
  queries: number;
  /** Mean over the queries of the share of relevant offers among the first ten shown. */
  precisionAt10: number;
  zeroResults: string[];
  perQuery: QueryQuality[];
};

/**
 * Precision at 10 of one query: relevant offers among the first ten results, divided by the
 * number shown (ten, or all of them when fewer match); a query with no results scores 0.
 */
export async function measureQuality(
  provider: CatalogProvider,
  judged: Judged[] = JUDGED,
): Promise<Quality> {
  const perQuery: QueryQuality[] = [];
  for (const { q, relevant } of judged) {
    const page = await provider.search(searchQuery.parse({ q, pageSize: 10 }));
    const top = page.items.slice(0, 10);
    const misses = top
      .filter((item) => !relevant.some((id) => item.categoryId.startsWith(id)))
      .map((item) => `${item.categoryId} ${item.title}`);
    const precision = top.length ? (top.length - misses.length) / top.length : 0;
    perQuery.push({ q, total: page.total, precision, misses });
  }
  return {
    queries: judged.length,
    precisionAt10: perQuery.reduce((s, r) => s + r.precision, 0) / Math.max(1, perQuery.length),
    zeroResults: perQuery.filter((r) => r.total === 0).map((r) => r.q),
    perQuery,
  };
}
