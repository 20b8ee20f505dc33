import { describe, expect, it } from 'vitest';
import {
  parseSearchKey,
  parseSearchParamsLenient,
  parseSearchParamsStrict,
} from '@/lib/domain/search-params';
import { searchedWords, searchHref, searchKey, toSearchParams } from '@/lib/domain/search-links';

const strict = (qs: string) => parseSearchParamsStrict(new URLSearchParams(qs));

describe('strict search parameters (JSON API)', () => {
  it('accepts a full, valid query and fills defaults', () => {
    const r = strict(
      'q= Phone  case &category=102&sort=price_asc&minPrice=1.5&maxPrice=20&maxMoq=10&factoryOnly=true&shipsIn48h=1&onePiece=true&page=2&pageSize=50',
    );
    expect(r).toEqual({
      ok: true,
      query: {
        q: 'Phone case',
        exact: false,
        category: '102',
        sort: 'price_asc',
        minPrice: 1.5,
        maxPrice: 20,
        maxMoq: 10,
        factoryOnly: true,
        shipsIn48h: true,
        onePiece: true,
        page: 2,
        pageSize: 50,
      },
    });
    expect(strict('')).toEqual({
      ok: true,
      query: {
        q: '',
        exact: false,
        sort: 'relevance',
        factoryOnly: false,
        shipsIn48h: false,
        onePiece: false,
        page: 1,
        pageSize: 20,
      },
    });
  });

  it.each([
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['page=abc', 'page'],
    ['page=99999999', 'page'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=51', 'pageSize'],
    ['sort=cheapest', 'sort'],
    ['minPrice=abc', 'minPrice'],
    ['minPrice=-3', 'minPrice'],
    ['maxPrice=1e5', 'maxPrice'],
    ['minPrice=30&maxPrice=20', 'minPrice'],
    ['maxMoq=0', 'maxMoq'],
    ['factoryOnly=yes', 'factoryOnly'],
    ['shipsIn48h=2', 'shipsIn48h'],
    ['onePiece=maybe', 'onePiece'],
    ['category=abc', 'category'],
    ['page=1&page=2', 'page'],
    ['q=a&q=b', 'q'],
    [`q=${'x'.repeat(201)}`, 'q'],
    [`category=${'1'.repeat(40)}`, 'category'],
  ])('rejects %s naming %s', (qs, param) => {
    const r = strict(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.param).toBe(param);
      expect(r.message).toContain(param);
    }
  });

  it('ignores empty optional values and unknown parameters', () => {
    expect(strict('minPrice=&category=&utm_source=x')).toMatchObject({
      ok: true,
      query: { page: 1 },
    });
  });
});

describe('lenient search parameters (pages)', () => {
  it('falls back to defaults for bad values', () => {
    expect(
      parseSearchParamsLenient({ page: 'abc', sort: 'nope', pageSize: '1000', q: 'bag' }),
    ).toMatchObject({
      q: 'bag',
      page: 1,
      sort: 'relevance',
      pageSize: 20,
    });
  });

  it('takes the first of repeated values and swaps an inverted price range', () => {
    expect(
      parseSearchParamsLenient({ q: ['a', 'b'], minPrice: '30', maxPrice: '10' }),
    ).toMatchObject({
      q: 'a',
      minPrice: 10,
      maxPrice: 30,
    });
  });
});

describe('search links', () => {
  it('round-trips through the URL and leaves out defaults', () => {
    const query = parseSearchParamsLenient({
      q: '手机壳',
      category: '102',
      sort: 'sales',
      factoryOnly: 'true',
      page: '3',
    });
    const params = toSearchParams(query);
    expect(params.toString()).toBe(
      'q=%E6%89%8B%E6%9C%BA%E5%A3%B3&category=102&sort=sales&factoryOnly=true&page=3',
    );
    expect(strict(params.toString())).toEqual({ ok: true, query });
    expect(searchHref({ q: '', sort: 'relevance', page: 1 })).toBe('/products');
  });
});

describe('search keys (the path segment a search is rendered under)', () => {
  it('stand for the search they were made of, however it was written', () => {
    const query = parseSearchParamsLenient({ q: '  red   cup ', category: '102', page: '2' });
    const key = searchKey(query);
    expect(parseSearchKey(key)).toEqual(query);
    expect(searchKey(parseSearchParamsLenient({ page: '2', category: '102', q: 'red cup' }))).toBe(
      key,
    );
    expect(searchedWords(key)).toBe('red cup');
    expect(searchKey({})).toBe('all');
    expect(searchedWords('all')).toBe('');
  });

  it('that were not made by searchKey are the default search, with no words', () => {
    const none = parseSearchParamsLenient({});
    // Not base64url, not UTF-8 once decoded, too long.
    for (const key of ['not a key!', '_w', 'A'.repeat(2001)]) {
      expect(parseSearchKey(key)).toEqual(none);
      expect(searchedWords(key)).toBe('');
    }
  });
});
