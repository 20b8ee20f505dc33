import { describe, expect, it } from 'vitest';
import { product as productSchema } from '@/lib/domain/schemas';
import { itemsOf, readDetail, readSearch } from '@/lib/gateway/shapes';
import { decodeEntities, plainText, wholeYears } from '@/lib/gateway/text';
import { detailPayload, searchPayloadOf, searchRow } from '../fixtures/1688-shapes';

const ignore = () => {};

describe('plain text', () => {
  it('strips tags, decodes entities and normalises whitespace', () => {
    expect(plainText('<b>Hot Sale</b> Phone Case')).toBe('Hot Sale Phone Case');
    expect(plainText('Cups &amp; Saucers&nbsp;&#x4E2D;&#25991; &hellip;')).toBe(
      'Cups & Saucers 中文 …',
    );
    expect(plainText('  two\n\tlines\u3000and\u00a0spaces\u200b ')).toBe('two lines and spaces');
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;Mug')).toBe('alert(1) Mug');
    expect(plainText('<span style="color:red">红色</span><!-- x -->')).toBe('红色');
    expect(plainText(undefined)).toBe('');
  });

  it('leaves unknown or invalid entities alone and keeps text that only looks like markup', () => {
    expect(decodeEntities('&madeup; &#0; &#xD800;')).toBe('&madeup; &#0; &#xD800;');
    expect(plainText('Size < 5 cm, weight > 2 kg')).toBe('Size < 5 cm, weight > 2 kg');
  });

  it('reads years on 1688 as given ("6", 6, "6年")', () => {
    expect(wholeYears('6年')).toBe(6);
    expect(wholeYears(6)).toBe(6);
    expect(wholeYears('12 years')).toBe(12);
    expect(wholeYears('n/a')).toBeUndefined();
    expect(wholeYears('')).toBeUndefined();
  });
});

describe('titles and names reach the domain as plain text', () => {
  it('product titles, attributes and shipping text', () => {
    const p = productSchema.parse(readDetail('detail', detailPayload(0), ignore));
    expect(p.title).toBe('Hot Sale Summer Dress & Belt');
    expect(p.titleZh).toBe('夏季 爆款 连衣裙');
    expect(p.shipping.from).toBe('浙江省 金华市');
    expect(p.supplier.yearsOn1688).toBe(6);
  });

  it('search rows: titles without markup', () => {
    const read = readSearch(
      'search',
      searchPayloadOf([searchRow({ subjectTrans: '<b>Hot Sale</b>&nbsp;Case' })]),
      ignore,
    );
    expect(itemsOf(read)[0]!.title).toBe('Hot Sale Case');
  });

  it('supplier names: the translation when 1688 gives one, else the Chinese name', () => {
    const zh = readDetail('detail', detailPayload(0), ignore).supplier;
    expect(zh).toMatchObject({ name: '义乌市某某服饰有限公司', nameZh: '义乌市某某服饰有限公司' });
    const en = readDetail(
      'detail',
      detailPayload(0, { companyNameTrans: 'Yiwu <i>Some</i> Garments Co., Ltd.' }),
      ignore,
    ).supplier;
    expect(en).toMatchObject({
      name: 'Yiwu Some Garments Co., Ltd.',
      nameZh: '义乌市某某服饰有限公司',
    });
  });
});
