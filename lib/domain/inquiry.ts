/**
 * A message to a supplier, in Chinese with an English gloss line by line, filled from what the
 * buyer means to order (offers, variants, quantities, notes), so that a buyer who reads no
 * Chinese can still ask a 1688 supplier about stock, price, customisation or samples and
 * knows what the message says.
 */
import { variantText } from './skus';
import { countOf } from './pricing';
import type { SkuAttribute } from './schemas';

export type InquiryLine = { variant: readonly SkuAttribute[]; quantity: number; note: string };
export type InquiryOffer = {
  id: string;
  title: string;
  titleZh: string;
  sourceUrl: string;
  unit: string;
  lines: readonly InquiryLine[];
};

/**
 * What a buyer may ask, by stable id: in Chinese for the supplier, with the English gloss the
 * message shows beside it. The buyer's checkboxes are named in the page's language
 * (Inquiry.questions in messages/*.json).
 */
export const QUESTIONS = [
  {
    id: 'stock',
    zh: '以上规格和数量现在有现货吗？下单后几天可以发货？',
    en: 'Are these variants and quantities in stock now? How many days after ordering do you ship?',
  },
  {
    id: 'price',
    zh: '这个数量能给到什么价格？',
    en: 'What price can you offer for this quantity?',
  },
  {
    id: 'custom',
    zh: '备注里的要求（定制logo、包装等）可以做吗？需要加多少钱、多做几天？',
    en: 'Can you do what the notes ask (custom logo, packaging…)? What does it add in cost and days?',
  },
  {
    id: 'sample',
    zh: '可以先寄样品吗？样品费和运费怎么算？',
    en: 'Can you send a sample first? How are the sample and its shipping charged?',
  },
  {
    id: 'shipping',
    zh: '发到我的代理仓库（国内）运费多少？',
    en: 'What does shipping to my agent’s warehouse (in China) cost?',
  },
] as const;
export type QuestionId = (typeof QUESTIONS)[number]['id'];

const UNITS_ZH: Record<string, string> = {
  piece: '件',
  pair: '双',
  set: '套',
  box: '盒',
  bag: '袋',
  pack: '包',
  roll: '卷',
  metre: '米',
  meter: '米',
  kg: '千克',
  dozen: '打',
};

export function unitZh(unit: string): string {
  return UNITS_ZH[unit.toLowerCase()] ?? '件';
}

export type Inquiry = { zh: string; en: string; lines: { zh: string; en: string }[] };

/** The questions asked by default: stock and price, and customisation when a note says so. */
export function defaultQuestions(offers: readonly InquiryOffer[]): QuestionId[] {
  const noted = offers.some((o) => o.lines.some((l) => l.note.trim() !== ''));
  return noted ? ['stock', 'price', 'custom'] : ['stock', 'price'];
}

export function buildInquiry(
  offers: readonly InquiryOffer[],
  asked: readonly QuestionId[],
): Inquiry {
  const lines: { zh: string; en: string }[] = [];
  const say = (zh: string, en: string) => lines.push({ zh, en });
  say(
    '您好！我想采购以下商品，麻烦帮忙确认一下：',
    'Hello! I would like to buy the following; could you please confirm:',
  );
  offers.forEach((offer, k) => {
    const u = unitZh(offer.unit);
    const ordered = offer.lines.filter((l) => l.quantity > 0);
    const total = ordered.reduce((n, l) => n + l.quantity, 0);
    say(
      `${offers.length > 1 ? `${k + 1}. ` : ''}商品：${offer.titleZh || offer.title}`,
      `${offers.length > 1 ? `${k + 1}. ` : ''}Product: ${offer.title}`,
    );
    say(
      `链接：${offer.sourceUrl}（商品ID ${offer.id}）`,
      `Link: ${offer.sourceUrl} (offer ${offer.id})`,
    );
    for (const line of ordered) {
      const zhVariant = line.variant.length ? variantText(line.variant, 'zh') : '默认规格';
      const enVariant = line.variant.length ? variantText(line.variant, 'en') : 'standard';
      const note = line.note.trim();
      say(
        `· ${zhVariant}：${line.quantity}${u}${note ? `（备注：${note}）` : ''}`,
        `· ${enVariant}: ${countOf(line.quantity, offer.unit)}${note ? ` (note: ${note})` : ''}`,
      );
    }
    if (ordered.length > 1) say(`合计：${total}${u}`, `Total: ${countOf(total, offer.unit)}`);
  });
  QUESTIONS.filter((q) => asked.includes(q.id)).forEach((q, i) =>
    say(`${i + 1}、${q.zh}`, `${i + 1}. ${q.en}`),
  );
  say('谢谢！', 'Thank you!');
  return {
    lines,
    zh: lines.map((l) => l.zh).join('\n'),
    en: lines.map((l) => l.en).join('\n'),
  };
}
