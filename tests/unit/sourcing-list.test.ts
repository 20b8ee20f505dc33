import { describe, expect, it } from 'vitest';
import {
  acceptCurrent,
  addToList,
  importList,
  removeLine,
  restoreLine,
  setNote,
  setQuantity,
} from '@/lib/domain/list-edit';
import { type CurrentOffer, viewList } from '@/lib/domain/list-view';
import { EMPTY_LIST, lineCount, readList, writeList } from '@/lib/domain/sourcing-list';
import { bottle, phoneCase } from '../fixtures/offers';

const now = new Date('2026-12-01T10:00:00Z');
const twoOffers = () =>
  addToList(
    addToList(EMPTY_LIST, phoneCase, { 'c-bk-s': 40, 'c-wh-m': 60 }, now),
    bottle,
    { 'b-500': 10 },
    now,
  );

describe('reading a stored list', () => {
  it('round-trips a list', () => {
    const list = twoOffers();
    expect(readList(writeList(list))).toEqual({ list, problem: null });
    expect(readList(null)).toEqual({ list: EMPTY_LIST, problem: null });
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['[1,2]', 'not a list'],
    ['"text"', 'not a list'],
    ['{"version":1,"offers":[{"id":"abc"}]}', 'offers.0.id'],
    ['{"version":1,"offers":"none"}', 'offers'],
  ])('reports a corrupt value %j instead of failing', (text, why) => {
    const { list, problem } = readList(text);
    expect(list).toEqual(EMPTY_LIST);
    expect(problem?.kind).toBe('corrupt');
    expect(problem?.message).toContain(why);
  });

  it('reports a version it cannot read', () => {
    expect(readList('{"version":7,"offers":[]}').problem).toMatchObject({
      kind: 'unsupported_version',
      message: expect.stringContaining('newer version of pifa'),
    });
    expect(readList('{"offers":[]}').problem?.kind).toBe('unsupported_version');
  });

  it('migrates an older version step by step', () => {
    const list = twoOffers();
    const v0 = { version: 0, items: list.offers };
    const migrations = { 0: (old: Record<string, unknown>) => ({ version: 1, offers: old.items }) };
    expect(readList(JSON.stringify(v0), migrations)).toEqual({ list, problem: null });
    expect(readList(JSON.stringify(v0)).problem?.kind).toBe('unsupported_version');
  });
});

describe('editing the list', () => {
  it('adds the order form’s variants, and adds again on top', () => {
    let list = twoOffers();
    expect(list.offers.map((o) => o.id)).toEqual([phoneCase.id, bottle.id]);
    expect(lineCount(list)).toBe(3);
    list = addToList(list, phoneCase, { 'c-bk-s': 10, 'c-bk-m': 5 }, now);
    expect(list.offers[0]!.lines.map((l) => [l.skuId, l.quantity])).toEqual([
      ['c-bk-s', 50],
      ['c-wh-m', 60],
      ['c-bk-m', 5],
    ]);
  });

  it('edits quantities and notes in place', () => {
    let list = setQuantity(twoOffers(), phoneCase.id, 'c-wh-m', 75.9);
    list = setNote(list, phoneCase.id, 'c-wh-m', 'Logo on the back, 2 colours');
    const line = list.offers[0]!.lines[1]!;
    expect(line.quantity).toBe(75);
    expect(line.note).toBe('Logo on the back, 2 colours');
  });

  it('removes a line and puts it back where it was; the last line takes its offer along', () => {
    const list = twoOffers();
    const first = removeLine(list, phoneCase.id, 'c-bk-s');
    expect(first.list.offers[0]!.lines.map((l) => l.skuId)).toEqual(['c-wh-m']);
    expect(restoreLine(first.list, first.removed!)).toEqual(list);

    const last = removeLine(list, bottle.id, 'b-500');
    expect(last.list.offers.map((o) => o.id)).toEqual([phoneCase.id]);
    expect(restoreLine(last.list, last.removed!)).toEqual(list);
    expect(removeLine(list, bottle.id, 'nope').removed).toBeNull();
  });

  it('merges a shared list: its quantities win, new lines are added, notes are kept', () => {
    const mine = setNote(twoOffers(), phoneCase.id, 'c-bk-s', 'mine');
    const theirs = addToList(EMPTY_LIST, phoneCase, { 'c-bk-s': 300, 'c-bk-m': 20 }, now);
    const { list, lines } = importList(mine, theirs);
    expect(lines).toBe(2);
    expect(list.offers[0]!.lines.map((l) => [l.skuId, l.quantity, l.note])).toEqual([
      ['c-bk-s', 300, 'mine'],
      ['c-wh-m', 60, ''],
      ['c-bk-m', 20, ''],
    ]);
  });
});

describe('the list as the buyer reads it', () => {
  const current = (...products: (typeof phoneCase)[]) =>
    new Map<string, CurrentOffer>(products.map((p) => [p.id, { status: 'current', product: p }]));

  it('groups lines by supplier and recomputes each offer’s tier from all its lines', () => {
    let list = twoOffers();
    list = setQuantity(list, phoneCase.id, 'c-bk-s', 240);
    list = setQuantity(list, phoneCase.id, 'c-wh-m', 260);
    const view = viewList(list, current(phoneCase, bottle));
    expect(view.groups.map((g) => g.supplier.name)).toEqual([
      phoneCase.supplier.name,
      bottle.supplier.name,
    ]);
    // 240 + 260 = 500 reaches the CN¥2.80 tier for both lines.
    expect(view.groups[0]!.subtotalFen).toBe(500 * 280);
    expect(view.groups[1]!.subtotalFen).toBe(10 * 1450);
    expect(view.totalFen).toBe(500 * 280 + 10 * 1450);
    expect(view.quantity).toBe(510);
  });

  it('uses the saved copy until current data arrives', () => {
    const view = viewList(twoOffers(), new Map());
    expect(view.groups[0]!.offers[0]!.status).toBe('loading');
    expect(view.totalFen).toBe(100 * 350 + 10 * 1450);
  });

  it('flags a price changed since the line was added, and takes the new one on request', () => {
    const list = twoOffers();
    const dearer = { ...bottle, skus: bottle.skus.map((s) => ({ ...s, price: s.price + 1 })) };
    const line = viewList(list, current(phoneCase, dearer)).groups[1]!.offers[0]!.lines[0]!;
    expect(line.priceChange).toEqual({ beforeFen: 1450, nowFen: 1550 });
    const accepted = acceptCurrent(list, dearer);
    const after = viewList(accepted, current(phoneCase, dearer)).groups[1]!.offers[0]!.lines[0]!;
    expect(after.priceChange).toBeNull();
  });

  it('flags stock, variants and offers no longer sold, and leaves them out of the total', () => {
    const list = setQuantity(
      addToList(twoOffers(), phoneCase, { 'c-bk-m': 40 }, now),
      phoneCase.id,
      'c-bk-s',
      40,
    );
    const noWhite = { ...phoneCase, skus: phoneCase.skus.filter((s) => s.id !== 'c-wh-m') };
    const view = viewList(
      list,
      new Map<string, CurrentOffer>([
        [phoneCase.id, { status: 'current', product: noWhite }],
        [bottle.id, { status: 'gone' }],
      ]),
    );
    const [caseView] = view.groups[0]!.offers;
    const byId = Object.fromEntries(caseView!.lines.map((l) => [l.line.skuId, l]));
    expect(byId['c-wh-m']!.gone).toBe(true);
    expect(byId['c-wh-m']!.order).toBeNull();
    expect(byId['c-bk-m']!.order?.stockProblem).toEqual({ code: 'low_stock', stock: 30 });
    expect(caseView!.order.problems).toEqual([{ code: 'below_moq', add: 20, moq: 100, lot: 1 }]);
    expect(view.groups[1]!.offers[0]!.status).toBe('gone');
    expect(view.totalFen).toBe(80 * 350);
    expect(view.warningCount).toBeGreaterThanOrEqual(4);
  });
});
