import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildInquiry, defaultQuestions } from '@/lib/domain/inquiry';
import { addToList, setNote } from '@/lib/domain/list-edit';
import {
  EXPORT_COLUMNS,
  exportRows,
  fromCsv,
  importedLinesFor,
  toCsv,
} from '@/lib/domain/list-export';
import { type CurrentOffer, viewList } from '@/lib/domain/list-view';
import { decodeShare, encodeShare, sharePayload, shareUrl } from '@/lib/domain/share-link';
import { EMPTY_LIST } from '@/lib/domain/sourcing-list';
import { bottle, phoneCase } from '../fixtures/offers';

const now = new Date('2026-12-01T10:00:00Z');
const NASTY = 'Logo "PIFA", 2 colours,\nbox: 纸盒 / 中文';

function list() {
  let l = addToList(EMPTY_LIST, phoneCase, { 'c-bk-s': 40, 'c-wh-m': 60 }, now);
  l = addToList(l, bottle, { 'b-500': 10 }, now);
  return setNote(l, phoneCase.id, 'c-wh-m', NASTY);
}
const view = () =>
  viewList(
    list(),
    new Map<string, CurrentOffer>([
      [phoneCase.id, { status: 'current', product: phoneCase }],
      [bottle.id, { status: 'current', product: bottle }],
    ]),
  );

describe('CSV export', () => {
  it('starts with a byte order mark and has the agent’s columns, in order', () => {
    const csv = toCsv(exportRows(view()));
    expect(csv.startsWith('\uFEFF1688 offer URL,Offer ID,Title (EN),Title (ZH),SKU ID,')).toBe(
      true,
    );
    const [header] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(header).toHaveLength(15);
  });

  it('writes one row per line with the list’s prices, escaping commas, quotes and newlines', () => {
    const rows = parse(toCsv(exportRows(view())), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({
      '1688 offer URL': 'https://detail.1688.com/offer/600000000001.html',
      'Offer ID': '600000000001',
      'Title (EN)': 'Shockproof Phone Case',
      'Title (ZH)': '防摔手机壳',
      'SKU ID': 'c-wh-m',
      'Variant (EN)': 'Colour: White / Size: M',
      'Variant (ZH)': '颜色：白色 / 尺码：M',
      Quantity: '60',
      Unit: 'piece',
      'Unit price (CNY)': '3.50',
      'Line total (CNY)': '210.00',
      'Supplier (EN)': 'Shenzhen Meijia Electronics Co., Ltd.',
      'Supplier (ZH)': '深圳美佳电子科技有限公司',
      'Supplier ID': 'b2b-2201',
      Notes: NASTY,
    });
    expect(toCsv(exportRows(view()))).toContain(`"Logo ""PIFA"", 2 colours,\nbox: 纸盒 / 中文"`);
  });

  it('keeps spreadsheets from running a note as a formula, and reads it back unchanged', () => {
    const formula = setNote(list(), bottle.id, 'b-500', '=HYPERLINK("http://x")');
    const v = viewList(formula, new Map());
    const csv = toCsv(exportRows(v));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(fromCsv(csv).lines.find((l) => l.skuId === 'b-500')?.note).toBe(
      '=HYPERLINK("http://x")',
    );
  });
});

describe('CSV import', () => {
  it('reads our own export back into lines', () => {
    const { lines, errors } = fromCsv(toCsv(exportRows(view())));
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      { offerId: phoneCase.id, skuId: 'c-bk-s', quantity: 40, note: '' },
      { offerId: phoneCase.id, skuId: 'c-wh-m', quantity: 60, note: NASTY },
      { offerId: bottle.id, skuId: 'b-500', quantity: 10, note: '' },
    ]);
  });

  it('reads a file a spreadsheet saved with semicolons', () => {
    const text = 'Offer ID;SKU ID;Quantity;Notes\r\n600000000001;c-bk-s;1,200;"a; b"\r\n';
    expect(fromCsv(text).lines).toEqual([
      { offerId: phoneCase.id, skuId: 'c-bk-s', quantity: 1200, note: 'a; b' },
    ]);
  });

  it('says what is wrong with a file it cannot use', () => {
    expect(fromCsv('').errors).toEqual([{ code: 'empty' }]);
    expect(fromCsv('name,price\nx,1').errors[0]).toEqual({
      code: 'missing_columns',
      columns: ['Offer ID', 'SKU ID', 'Quantity'],
    });
    expect(fromCsv('Offer ID,SKU ID,Quantity\nabc,1,2\n600000000001,c-bk-s,many\n').errors).toEqual(
      [
        { code: 'bad_offer_id', row: 2, id: 'abc' },
        { code: 'bad_quantity', row: 3, text: 'many' },
      ],
    );
  });

  it('keeps only variants the offer still sells', () => {
    const { lines, errors } = importedLinesFor(phoneCase, [
      { offerId: phoneCase.id, skuId: 'c-bk-s', quantity: 5, note: 'x' },
      { offerId: phoneCase.id, skuId: 'gone', quantity: 5, note: '' },
    ]);
    expect(lines.map((l) => [l.skuId, l.quantity, l.note])).toEqual([['c-bk-s', 5, 'x']]);
    expect(errors).toEqual([{ code: 'variant_gone', offerId: phoneCase.id, skuId: 'gone' }]);
  });
});

describe('share links', () => {
  it('carry the whole list, compressed, and read back the same', () => {
    const l = list();
    const url = shareUrl('http://127.0.0.1:3000', l);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/list#share=[A-Za-z0-9+$-]+$/);
    const payload = sharePayload(new URL(url).hash)!;
    expect(payload.length).toBeLessThan(JSON.stringify(l).length);
    expect(decodeShare(payload)).toEqual({ list: l, problem: null });
  });

  it('report a damaged link instead of failing', () => {
    const payload = encodeShare(list());
    expect(decodeShare(payload.slice(0, 40)).problem?.kind).toBe('corrupt');
    expect(decodeShare('').problem?.kind).toBe('corrupt');
    expect(sharePayload('#other=1')).toBeNull();
  });
});

describe('the inquiry for a supplier', () => {
  it('lists offer, link, variants, quantities and notes in Chinese with an English gloss', () => {
    const offer = view().groups[0]!.offers[0]!;
    const offers = [{ ...offer.offer, lines: offer.offer.lines }];
    const inquiry = buildInquiry(offers, defaultQuestions(offers));
    expect(inquiry.zh).toContain('商品：防摔手机壳');
    expect(inquiry.zh).toContain('https://detail.1688.com/offer/600000000001.html');
    expect(inquiry.zh).toContain('· 颜色：黑色 / 尺码：S：40件');
    expect(inquiry.zh).toContain(`· 颜色：白色 / 尺码：M：60件（备注：${NASTY}）`);
    expect(inquiry.zh).toContain('合计：100件');
    expect(inquiry.zh).toContain('定制logo');
    expect(inquiry.en).toContain('· Colour: Black / Size: S: 40 pieces');
    expect(inquiry.en).toContain('Total: 100 pieces');
    expect(inquiry.lines.every((l) => l.zh && l.en)).toBe(true);
  });
});
