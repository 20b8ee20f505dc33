import { describe, expect, it } from 'vitest';
import { pastedLinkMessage } from '@/lib/catalog/pasted-link';
import { parsePastedLink } from '@/lib/domain/links';

const ID = '623456789012';

describe('parsePastedLink: 1688 offers in every form buyers paste', () => {
  it.each([
    `https://detail.1688.com/offer/${ID}.html`,
    `http://detail.1688.com/offer/${ID}.html`,
    `detail.1688.com/offer/${ID}.html`,
    `https://detail.1688.com/offer/${ID}.html?spm=a26352.13672862.offerlist.3.5c1b1e62xQ&tracelog=p4p&clickid=8f1d2c`,
    `https://detail.1688.com/offer/${ID}.html#detail-desc`,
    `https://detail.1688.com/offer/${ID}.html?sk=consign#offer-title`,
    `https://m.1688.com/offer/${ID}.html`,
    `https://m.1688.com/offer/${ID}.html?spm=a26g8.7664812.0.0&src=share`,
    `https://detail.m.1688.com/page/index.htm?offerId=${ID}&sortType=&pageId=&abtest=`,
    `https://m.1688.com/page/offerRemark.htm?offerId=${ID}`,
    `https://air.1688.com/app/ctf-page/offer.html?offer_id=${ID}`,
    `https://dj.1688.com/ci_bb?a=2135&e=abc&k=1&url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F${ID}.html%3Fspm%3Dx`,
    `https://dj.1688.com/ci_bb?e=xyz&params=offerId%253D${ID}%2526from%253Dp4p`,
    `  https://detail.1688.com/offer/${ID}.html  `,
    `https://DETAIL.1688.COM/offer/${ID}.html`,
    `【这款货源不错】2025新款蓝牙耳机 https://m.1688.com/offer/${ID}.html?spm=a26g8.7664812 复制链接打开阿里巴巴`,
    `Look at this one: https://detail.1688.com/offer/${ID}.html, cheap and MOQ 2!`,
    `「阿里巴巴」https://detail.1688.com/offer/${ID}.html」点击打开`,
    `offerId=${ID}`,
    `offerId: ${ID}`,
    `Check https://www.taobao.com first, then https://detail.1688.com/offer/${ID}.html`,
  ])('%s', (text) => {
    expect(parsePastedLink(text)).toEqual({ kind: 'offer', offerId: ID });
  });
});

describe('parsePastedLink: other links', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=678901234567&spm=a1z10', 'Taobao'],
    ['https://m.tb.cn/h.5aBcDeF?tk=XyZ12 CZ0001', 'Taobao'],
    ['【淘宝】https://m.tb.cn/h.gAbC 「ins风手机壳」点击链接直接打开', 'Taobao'],
    ['【淘宝】限时特惠 ￥AbCdEf123￥ 打开手机淘宝', 'Taobao'],
    ['https://detail.tmall.com/item.htm?id=612345678901&skuId=4', 'Tmall'],
    ['https://detail.m.tmall.com/item.htm?id=612345678901', 'Tmall'],
    ['https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o', 'AliExpress'],
    ['https://a.aliexpress.com/_mKq1AbC', 'AliExpress'],
    ['https://s.click.aliexpress.com/e/_DmXyZ12', 'AliExpress'],
    ['https://www.alibaba.com/product-detail/Phone-Case_1600123456789.html', 'Alibaba.com'],
  ])('%s is %s', (text, marketplace) => {
    expect(parsePastedLink(text)).toMatchObject({ kind: 'marketplace', marketplace });
  });

  it('recognises 1688 short links and 1688 pages that are not offers', () => {
    expect(parsePastedLink('https://qr.1688.com/s/AbCdEf12')).toMatchObject({
      kind: 'short_link',
    });
    expect(parsePastedLink('https://shop1a2b3c4d.1688.com/page/offerlist.htm')).toMatchObject({
      kind: 'other_1688',
    });
    expect(
      parsePastedLink('https://s.1688.com/selloffer/offer_search.htm?keywords=abc'),
    ).toMatchObject({ kind: 'other_1688' });
  });

  it.each([
    'phone case',
    'iphone 15 case',
    'usb-c cable 1.5m',
    '手机壳',
    'taobao style dress',
    'bluetooth 5.3 earbuds',
    'offer 623456789012',
    'https://example.com/offer/623456789012.html',
    '',
  ])('reads %j as ordinary search words', (text) => {
    expect(parsePastedLink(text)).toBeNull();
  });

  it('says that pifa covers 1688 for other marketplaces', () => {
    const link = parsePastedLink('https://item.taobao.com/item.htm?id=1');
    expect(link?.kind).toBe('marketplace');
    if (link?.kind !== 'marketplace') return;
    expect(pastedLinkMessage(link).title).toBe('This is a Taobao link: pifa covers 1688.com');
    expect(pastedLinkMessage(link).detail).toMatch(/1688 offer link/);
  });
});
