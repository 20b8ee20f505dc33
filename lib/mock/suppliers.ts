/**
 * Mock suppliers: factories and trading companies in the towns where their goods are made,
 * with the badges, years on 1688 and service scores that buyers compare them by.
 */
import type { Supplier, SupplierBadge } from '@/lib/domain/schemas';
import type { GlyphName } from '@/lib/domain/glyphs';
import { PLACES } from './data/places';
import type { TopCategoryDef } from './data/types';
import { Random, hashSeed, splitList, splitPair } from './random';

const BRANDS = splitList(
  '美佳|Meijia;鑫达|Xinda;恒源|Hengyuan;华盛|Huasheng;永诚|Yongcheng;嘉禾|Jiahe;宏图|Hongtu;金辉|Jinhui;' +
    '新锐|Xinrui;优品|Youpin;天成|Tiancheng;瑞丰|Ruifeng;博雅|Boya;创美|Chuangmei;汇通|Huitong;晨光|Chenguang;' +
    '启航|Qihang;星耀|Xingyao;万福|Wanfu;佳诚|Jiacheng;德盛|Desheng;伟业|Weiye;盈丰|Yingfeng;顺发|Shunfa;' +
    '东方|Dongfang;晶彩|Jingcai;锦绣|Jinxiu;盛世|Shengshi;聚鑫|Juxin;卓越|Zhuoyue;领航|Linghang;欧迪|Oudi',
);

const INDUSTRY: Record<GlyphName, string> = {
  dress: '服饰|Apparel',
  phone: '电子科技|Electronic Technology',
  home: '日用品|Household Products',
  toy: '玩具|Toys',
  beauty: '化妆品|Cosmetics',
  bag: '箱包|Bags',
  shoe: '鞋业|Footwear',
  car: '汽车用品|Auto Accessories',
  sports: '体育用品|Sporting Goods',
  office: '文具|Stationery',
  box: '包装材料|Packaging Materials',
  tool: '五金工具|Hardware Tools',
  gem: '饰品|Accessories',
  paw: '宠物用品|Pet Products',
  tag: '贸易|Trading',
};

export const SUPPLIERS_PER_CATEGORY = 26;

export type MockSupplier = Supplier & { topIndex: number; cityKey: string };

/** A mock supplier as the domain knows suppliers (without the generator's bookkeeping). */
export function publicSupplier({ topIndex: _t, cityKey: _c, ...supplier }: MockSupplier): Supplier {
  return supplier;
}

function legalForm(isFactory: boolean, r: Random): { zh: string; en: string } {
  if (isFactory)
    return r.chance(0.5)
      ? { zh: '厂', en: 'Factory' }
      : { zh: '制品有限公司', en: 'Manufacturing Co., Ltd.' };
  return r.chance(0.75) ? { zh: '有限公司', en: 'Co., Ltd.' } : { zh: '商行', en: 'Trading Firm' };
}

export function generateSuppliers(seed: number, tops: TopCategoryDef[]): MockSupplier[] {
  const out: MockSupplier[] = [];
  const taken = new Set<string>();
  tops.forEach((top, ti) => {
    const industry = splitPair(INDUSTRY[top.glyph]);
    for (let k = 0; k < SUPPLIERS_PER_CATEGORY; k++) {
      const r = new Random(hashSeed(seed, 'supplier', ti, k));
      const cityKey = r.pick(top.origins);
      const place = PLACES[cityKey];
      if (!place) throw new Error(`unknown origin ${cityKey}`);
      let brandIndex = r.int(0, BRANDS.length - 1);
      while (taken.has(`${cityKey}:${ti}:${brandIndex}`))
        brandIndex = (brandIndex + 1) % BRANDS.length;
      taken.add(`${cityKey}:${ti}:${brandIndex}`);
      const brand = BRANDS[brandIndex]!;
      const isFactory = r.chance(0.45);
      const form = legalForm(isFactory, r);
      const badges: SupplierBadge[] = [];
      if (isFactory && r.chance(0.35)) badges.push('super_factory');
      if (r.chance(0.3)) badges.push('powerful_merchant');
      if (r.chance(0.85)) badges.push('tp_member');
      const score = () => Math.round((3.6 + r.next() * 1.4) * 10) / 10;
      const digits = String(hashSeed(seed, 'supplier-id', ti, k)).padStart(10, '0');
      out.push({
        id: `b2b-22${digits}`,
        shopUrl: `https://shop22${digits}.1688.com/`,
        name: `${place.city} ${brand.en} ${industry.en} ${form.en}`,
        nameZh: `${place.cityZh}${brand.zh}${industry.zh}${form.zh}`,
        location: `${place.city}, ${place.province}`,
        province: place.province,
        city: place.city,
        yearsOn1688: r.int(1, 18),
        badges,
        isFactory,
        scores: { composite: score(), quality: score(), logistics: score(), dispute: score() },
        repurchaseRate: Math.round((0.05 + r.next() * 0.55) * 100) / 100,
        topIndex: ti,
        cityKey,
      });
    }
  });
  return out;
}
