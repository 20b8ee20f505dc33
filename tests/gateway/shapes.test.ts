import { afterEach, describe, expect, it } from 'vitest';
import { driftRecords, recordDrift, resetDrift, type ShapeIssue } from '@/lib/gateway/drift';
import { maskedSample } from '@/lib/gateway/shape-sample';
import { itemsOf, readCategoryNode, readDetail, readSearch } from '@/lib/gateway/shapes';
import {
  detailPayload,
  searchPayloadOf,
  searchRow,
  translationNode,
} from '../fixtures/1688-shapes';

afterEach(() => resetDrift());

const collect = () => {
  const issues: ShapeIssue[] = [];
  return { issues, report: (i: ShapeIssue[]) => issues.push(...i) };
};

const noId = () => {
  const { offerId: _id, ...rest } = searchRow();
  return rest;
};
const priceObject = () => searchRow({ priceInfo: { price: { value: '3.50', currency: 'CNY' } } });

describe('rows in a new shape', () => {
  it('are counted by kind, with a masked sample, and the rest are shown', () => {
    const { issues, report } = collect();
    const rows = [
      searchRow({ offerId: 1 }),
      noId(),
      priceObject(),
      noId(),
      searchRow({ offerId: 2 }),
    ];
    const read = readSearch('keywordQuery', searchPayloadOf(rows, 452), report);
    expect(itemsOf(read).map((i) => i.id)).toEqual(['1', '2']);
    expect(read).toMatchObject({ rows: 5, failed: 3, total: 452 });
    expect(issues.map((i) => [i.kind, i.rows])).toEqual([
      ['offerId missing', 2],
      ['priceInfo.price is an object (expected number or string)', 1],
    ]);
    const sample = issues[1]!.sample as Record<string, Record<string, unknown>>;
    expect(sample.offerId).toBe(624356789012);
    expect(sample.sellerOpenId).toBe('BBBb0Wm6zJd6rh6cNbjMg5rLA');
    expect(sample.subject).toBe('‹string·13›');
    expect(sample.priceInfo).toEqual({
      price: { value: '‹string·4›', currency: '‹string·3›' },
    });
    expect(JSON.stringify(issues)).not.toContain('手机壳');
    expect(JSON.stringify(issues)).not.toContain('3.50');
  });

  it('a page whose rows all fail is a bad response, not an empty result', () => {
    const { issues, report } = collect();
    const error = (() => {
      try {
        readSearch('keywordQuery', searchPayloadOf([noId(), noId()]), report);
      } catch (e) {
        return e as { code: string; status: number; message: string };
      }
    })();
    expect(error).toMatchObject({ code: 'upstream_bad_response', status: 502 });
    expect(error?.message).toContain('offerId missing');
    expect(issues).toHaveLength(1);
  });

  it('an empty page is an empty result', () => {
    const read = readSearch('keywordQuery', searchPayloadOf([], 0), () => {
      throw new Error('nothing to report');
    });
    expect(read).toMatchObject({ slots: [], total: 0 });
  });

  it('a payload that changed is a bad response naming the field', () => {
    const { issues, report } = collect();
    expect(() =>
      readSearch('keywordQuery', { totalRecords: 'many', data: 'unavailable' }, report),
    ).toThrow(expect.objectContaining({ code: 'upstream_bad_response' }));
    expect(issues[0]!.kind).toBe('data is a string (expected array)');
  });

  it('details and category nodes are read the same way', () => {
    const { issues, report } = collect();
    const priced = detailPayload(0, {
      productSaleInfo: { priceRangeList: [{ startQuantity: 1, price: { amount: 3 } }] },
    });
    expect(() => readDetail('detail', priced, report)).toThrow(
      expect.objectContaining({ code: 'upstream_bad_response' }),
    );
    expect(issues[0]!.kind).toBe(
      'productSaleInfo.priceRangeList[].price is an object (expected number or string)',
    );
    const node = readCategoryNode(
      'cat',
      translationNode({
        children: [{ chineseName: '长裙' }, ...(translationNode().children as [])],
      }),
      report,
    );
    expect(node.children?.map((c) => c.name)).toEqual(['Maxi Dresses']);
    expect(node).toMatchObject({ parentId: '10166', category: { name: 'Dresses', leaf: false } });
    expect(issues[1]!.kind).toBe('categoryId missing');
  });
});

describe('the drift record', () => {
  it('logs one line per kind, not per row, and counts rows and answers', () => {
    const lines: string[] = [];
    const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
    const issue = { kind: 'offerId missing', rows: 20, sample: {} };
    recordDrift('product.search.keywordQuery', [issue], logger);
    recordDrift('product.search.keywordQuery', [{ ...issue, rows: 3 }], logger);
    expect(lines).toEqual([
      '⚠ 1688 changed the shape of product.search.keywordQuery: offerId missing (20 rows); a masked sample is on /api-status',
    ]);
    expect(driftRecords()).toEqual([
      expect.objectContaining({ kind: 'offerId missing', rows: 23, answers: 2 }),
    ]);
  });

  it('masks values at any depth, keeps ids, bounds lists', () => {
    expect(
      maskedSample({
        skuId: 5101,
        specId: 'a1',
        tags: ['a', 'b', 'c', 'd', 'e'],
        price: 3.5,
        stock: 12,
        ok: true,
        nested: { deeper: { categoryId: 7, name: 'x' } },
      }),
    ).toEqual({
      skuId: 5101,
      specId: 'a1',
      tags: ['‹string·1›', '‹string·1›', '‹string·1›', '‹2 more›'],
      price: '‹number›',
      stock: '‹integer›',
      ok: '‹boolean›',
      nested: { deeper: { categoryId: 7, name: '‹string·1›' } },
    });
  });
});
