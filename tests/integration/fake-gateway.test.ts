import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FAKE_ACCESS_TOKEN,
  FAKE_APP_KEY,
  FAKE_APP_SECRET,
  startFakeGateway,
  type FakeGateway,
} from '../fake-gateway/server';

let gateway: FakeGateway;
beforeAll(async () => {
  gateway = await startFakeGateway({ catalogSize: 500 });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.reset());

/** A hand-rolled request, independent of lib/gateway. */
async function post(
  namespace: string,
  api: string,
  params: Record<string, string>,
  secret = FAKE_APP_SECRET,
) {
  const urlPath = `param2/1/${namespace}/${api}/${FAKE_APP_KEY}`;
  const fields = { ...params, _aop_timestamp: String(Date.now()) };
  const message =
    urlPath +
    Object.entries(fields)
      .map(([k, v]) => k + v)
      .sort()
      .join('');
  const signature = createHmac('sha1', secret).update(message).digest('hex').toUpperCase();
  const res = await fetch(`${gateway.apiUrl}/${urlPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    body: new URLSearchParams({ ...fields, _aop_signature: signature }),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

const search = (extra: Record<string, string> = {}) =>
  post('com.alibaba.fenxiao.crossborder', 'product.search.keywordQuery', {
    offerQueryParam: JSON.stringify({ keyword: 'bag', beginPage: 1, pageSize: 20, country: 'en' }),
    access_token: FAKE_ACCESS_TOKEN,
    ...extra,
  });

describe('fake 1688 gateway', () => {
  it('answers a signed, authorized search in the documented envelope', async () => {
    const { status, body } = await search();
    expect(status).toBe(200);
    expect(body.result.success).toBe(true);
    expect(typeof body.result.result.data[0].offerId).toBe('number');
    expect(body.result.result.data[0].priceInfo.price).toMatch(/^\d+\.\d{2}$/);
  });

  it('rejects a wrong signature and a missing or unknown token', async () => {
    const bad = await post('system', 'currentTime', {}, 'not-the-secret');
    expect(bad).toMatchObject({ status: 400, body: { error_code: 'gw.SignatureInvalid' } });
    const noToken = await post('com.alibaba.fenxiao.crossborder', 'product.search.keywordQuery', {
      offerQueryParam: '{}',
    });
    expect(noToken).toMatchObject({
      status: 401,
      body: { error_message: 'Request need user authorized' },
    });
    expect((await search({ access_token: 'forged' })).status).toBe(401);
  });

  it('lets category.get through without a token, with its "succes" quirk', async () => {
    const { body } = await post('com.alibaba.product', 'alibaba.category.get', { categoryID: '0' });
    expect(body.succes).toBe('true');
    expect(body.categoryInfo[0].childCategorys.length).toBeGreaterThanOrEqual(12);
  });

  it.each([
    ['acl', 400, 'gw.APIACLDecline'],
    ['unsupported', 400, 'gw.APIUnsupported'],
    ['throttle', 400, 'gw.QosAppFrequencyLimit'],
    ['quota', 400, 'gw.NoUsageLeftError'],
    ['expired_token', 401, '401'],
  ] as const)('can be made to fail with %s', async (kind, status, code) => {
    gateway.fail('product.search.keywordQuery', kind, { times: 1 });
    expect(await search()).toMatchObject({ status, body: { error_code: code } });
    expect((await search()).status).toBe(200);
  });

  it('can answer HTTP 500, malformed JSON, drifted shapes and slowly', async () => {
    gateway.fail('product.search.keywordQuery', 'http500', { times: 1 });
    expect((await search()).status).toBe(500);
    gateway.fail('product.search.keywordQuery', 'malformed', { times: 1 });
    expect(await search()).toMatchObject({ status: 200, body: null });
    gateway.fail('product.search.keywordQuery', 'drift', { times: 1 });
    expect((await search()).body.result.result.data).toBe('unavailable');
    gateway.fail('product.search.keywordQuery', 'slow', { times: 1, delayMs: 150 });
    const t = Date.now();
    await search();
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
  });

  it('counts calls per API and takes failures over HTTP', async () => {
    await search();
    await search();
    const res = await fetch(`${gateway.url}/__fake/failures`, {
      method: 'POST',
      body: JSON.stringify({ api: '*', kind: 'quota', times: 1 }),
    });
    expect(res.status).toBe(200);
    expect((await search()).body.error_code).toBe('gw.NoUsageLeftError');
    expect(await (await fetch(`${gateway.url}/__fake/calls`)).json()).toEqual({
      'product.search.keywordQuery': 3,
    });
  });

  it('rejects second timestamps and empty parameters', async () => {
    const urlPath = `param2/1/system/currentTime/${FAKE_APP_KEY}`;
    const res = await fetch(`${gateway.apiUrl}/${urlPath}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _aop_timestamp: '1700000000', _aop_signature: 'x' }),
    });
    expect(res.status).toBe(400);
    expect((await search({ extra: '' })).body.error_code).toBe('gw.ParamMissing');
  });
});
