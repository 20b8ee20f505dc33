import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sign, stringToSign, toFormFields, urlPathFor } from '@/lib/gateway/signing';

type Vector = {
  name: string;
  appSecret: string;
  urlPath: string;
  params: Record<string, string>;
  stringToSign: string;
  signature: string;
};

const vectorsPath = fileURLToPath(
  new URL('../../../shared/1688/signing-vectors.json', import.meta.url),
);
const fallback = fileURLToPath(new URL('../fixtures/signing-vectors.json', import.meta.url));
function load(): Vector[] {
  for (const path of [vectorsPath, fallback]) {
    try {
      return (JSON.parse(readFileSync(path, 'utf8')) as { vectors: Vector[] }).vectors;
    } catch {
      // try the next location
    }
  }
  throw new Error('signing vectors not found');
}
const vectors = load();

describe('_aop_signature', () => {
  it('has the published vectors, including the official one and the sort trap', () => {
    expect(vectors.map((v) => v.name)).toEqual(
      expect.arrayContaining(['official-currentTime', 'keyword-search', 'sort-trap']),
    );
  });

  it.each(vectors.map((v) => [v.name, v] as const))(
    'vector %s: string to sign and signature',
    (_name, v) => {
      expect(stringToSign(v.urlPath, v.params)).toBe(v.stringToSign);
      expect(sign(v.appSecret, v.urlPath, v.params)).toBe(v.signature);
    },
  );

  it('sorts key+value strings, not keys', () => {
    const byKey = '08F31F101FE4DD6B05AD851046097294A718D4CD';
    expect(sign('test123', 'param2/1/system/currentTime/1000000', { ab: '1', a: 'c' })).not.toBe(
      byKey,
    );
  });

  it('never signs the signature itself', () => {
    const params = { b: '2', a: '1' };
    expect(stringToSign('p', { ...params, _aop_signature: 'X' })).toBe(stringToSign('p', params));
  });

  it('builds the URL path after /openapi/', () => {
    expect(urlPathFor('system', 'currentTime', '1000000')).toBe(
      'param2/1/system/currentTime/1000000',
    );
  });
});

describe('form fields', () => {
  it('stringifies objects once and drops empty values', () => {
    const fields = toFormFields({
      offerQueryParam: { keyword: '饼干', beginPage: 1 },
      page: 2,
      flag: true,
      empty: '',
      none: undefined,
      nil: null,
    });
    expect(fields).toEqual({
      offerQueryParam: '{"keyword":"饼干","beginPage":1}',
      page: '2',
      flag: 'true',
    });
  });
});
