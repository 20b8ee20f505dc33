import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APIS } from '@/lib/gateway/apis';
import { GatewayClient, type GatewayOptions } from '@/lib/gateway/client';
import { AppError } from '@/lib/domain/errors';
import { sign } from '@/lib/gateway/signing';

const BASE = 'http://gateway.test/openapi';
const SECRET = 'sEcReT-for-tests-0123456789';
const TOKEN = 'tok-abcdef-0123456789';
const KEYWORD_URL = `${BASE}/param2/1/com.alibaba.fenxiao.crossborder/product.search.keywordQuery/1000000`;
const TIME_URL = `${BASE}/param2/1/system/currentTime/1000000`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function client(extra: Partial<GatewayOptions> = {}) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  const c = new GatewayClient({
    appKey: '1000000',
    appSecret: SECRET,
    baseUrl: `${BASE}/`,
    accessToken: TOKEN,
    now: () => 1_700_000_000_000,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    logger: { info: (l) => lines.push(l), warn: (l) => lines.push(l) },
    ...extra,
  });
  return { c, sleeps, lines };
}

/** Answers with the given responses in turn, recording each request's form fields. */
function sequence(url: string, responses: (() => Response | Promise<Response>)[]) {
  const seen: URLSearchParams[] = [];
  server.use(
    http.post(url, async ({ request }) => {
      seen.push(new URLSearchParams(await request.text()));
      const next = responses[Math.min(seen.length - 1, responses.length - 1)]!;
      return next();
    }),
  );
  return seen;
}

const ok = () =>
  HttpResponse.json({
    result: { success: true, code: '200', result: { totalRecords: 0, data: [] } },
  });
const gatewayError =
  (status: number, code: string, message = 'failure') =>
  () =>
    HttpResponse.json(
      { error_code: code, error_message: message, request_id: 'req-42' },
      { status },
    );

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('request', () => {
  it('POSTs form fields with ms timestamp, access token, JSON text signed as sent', async () => {
    let contentType = '';
    const seen = sequence(KEYWORD_URL, [ok]);
    server.use(
      http.post(KEYWORD_URL, async ({ request }) => {
        contentType = request.headers.get('content-type') ?? '';
        seen.push(new URLSearchParams(await request.text()));
        return ok();
      }),
    );
    const { c } = client();
    await c.call(APIS.keywordSearch, {
      offerQueryParam: { keyword: '饼干', beginPage: 1, pageSize: 20, country: 'en' },
      empty: '',
    });
    const fields = seen[0]!;
    expect(contentType).toBe('application/x-www-form-urlencoded; charset=UTF-8');
    expect(fields.get('_aop_timestamp')).toBe('1700000000000');
    expect(fields.get('access_token')).toBe(TOKEN);
    expect(fields.get('offerQueryParam')).toBe(
      '{"keyword":"饼干","beginPage":1,"pageSize":20,"country":"en"}',
    );
    expect(fields.has('empty')).toBe(false);
    const signed = Object.fromEntries([...fields].filter(([k]) => k !== '_aop_signature'));
    expect(fields.get('_aop_signature')).toBe(
      sign(
        SECRET,
        'param2/1/com.alibaba.fenxiao.crossborder/product.search.keywordQuery/1000000',
        signed,
      ),
    );
  });

  it('sends no access token to APIs that do not need one', async () => {
    const seen = sequence(TIME_URL, [() => HttpResponse.json({ result: '1700000000000' })]);
    await client().c.call(APIS.currentTime);
    expect(seen[0]!.has('access_token')).toBe(false);
  });

  it('refuses to call an authorized API without a token', async () => {
    const error = await failure(client({ accessToken: undefined }).c.call(APIS.keywordSearch, {}));
    expect(error.code).toBe('upstream_not_authorized');
  });

  it('logs the first success once', async () => {
    sequence(TIME_URL, [() => HttpResponse.json({ result: '1' })]);
    const { c, lines } = client();
    await c.call(APIS.currentTime);
    await c.call(APIS.currentTime);
    expect(lines.filter((l) => l === '✓ Connected to 1688.com API')).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries HTTP 5xx, network errors and throttling with full-jitter backoff, then succeeds', async () => {
    const seen = sequence(KEYWORD_URL, [
      () => new HttpResponse('bad gateway', { status: 502 }),
      () => HttpResponse.error(),
      gatewayError(400, 'gw.QosAppFrequencyLimit'),
      ok,
    ]);
    // A clock that moves on while the client sleeps between attempts.
    let t = 1_700_000_000_000;
    const sleeps: number[] = [];
    const c = new GatewayClient({
      appKey: '1000000',
      appSecret: SECRET,
      baseUrl: BASE,
      accessToken: TOKEN,
      baseDelayMs: 100,
      maxDelayMs: 300,
      now: () => t,
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
    });
    await c.call(APIS.keywordSearch, {});
    expect(seen).toHaveLength(4);
    // random() = 0.5 of a ceiling that doubles up to the cap (100, 200), then the throttling
    // wait: a second, since 1688 suggested none.
    expect(sleeps).toEqual([50, 100, 1000]);
    // Every attempt is signed afresh: its own timestamp, and a signature valid for it.
    const stamps = seen.map((f) => f.get('_aop_timestamp'));
    expect(new Set(stamps).size).toBe(4);
    const path = 'param2/1/com.alibaba.fenxiao.crossborder/product.search.keywordQuery/1000000';
    for (const fields of seen) {
      const sent = Object.fromEntries(fields);
      const { _aop_signature: signature, ...signed } = sent;
      expect(signature).toBe(sign(SECRET, path, signed));
    }
    expect(new Set(seen.map((f) => f.get('_aop_signature'))).size).toBe(4);
  });

  it('gives up after the bounded number of attempts', async () => {
    const seen = sequence(KEYWORD_URL, [() => new HttpResponse(null, { status: 503 })]);
    const error = await failure(client({ maxAttempts: 3 }).c.call(APIS.keywordSearch, {}));
    expect(seen).toHaveLength(3);
    expect(error).toMatchObject({ code: 'upstream_unavailable', status: 503, retryable: true });
  });

  it.each([
    ['gw.APIACLDecline', 400],
    ['gw.SignatureInvalid', 400],
    ['gw.NoUsageLeftError', 400],
    ['401', 401],
  ])('does not retry %s', async (code, status) => {
    const seen = sequence(KEYWORD_URL, [
      gatewayError(status, code, 'Request need user authorized'),
    ]);
    await failure(client().c.call(APIS.keywordSearch, {}));
    expect(seen).toHaveLength(1);
  });

  it('times out a slow answer and retries it', async () => {
    let calls = 0;
    server.use(
      http.post(KEYWORD_URL, async () => {
        calls++;
        await delay(calls === 1 ? 500 : 0);
        return ok();
      }),
    );
    const { c } = client({ timeoutMs: 50 });
    await c.call(APIS.keywordSearch, {});
    expect(calls).toBe(2);
  });

  it('retries throttling once only, after the wait 1688 suggests', async () => {
    const throttle = () =>
      HttpResponse.json(
        { error_code: 'gw.QosAppFrequencyLimit', error_message: 'slow down', request_id: 'r' },
        { status: 400, headers: { 'Retry-After': '3' } },
      );
    const seen = sequence(KEYWORD_URL, [throttle]);
    const { c, sleeps } = client();
    const error = await failure(c.call(APIS.keywordSearch, {}));
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
    expect(error).toMatchObject({ code: 'upstream_rate_limited', retryAfterS: 3 });
  });

  it('gives up before the deadline rather than start an attempt that cannot finish', async () => {
    let t = 1_700_000_000_000;
    const seen = sequence(KEYWORD_URL, [gatewayError(400, 'gw.QosAppFrequencyLimit')]);
    const sleeps: number[] = [];
    const c = new GatewayClient({
      appKey: '1000000',
      appSecret: SECRET,
      baseUrl: BASE,
      accessToken: TOKEN,
      deadlineMs: 1_500,
      now: () => t,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
    });
    // A one-second throttling wait would leave less than a second of the 1.5 s deadline.
    await failure(c.call(APIS.keywordSearch, {}));
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a slow gateway gets a 504 within the deadline, retries included', async () => {
    server.use(
      http.post(KEYWORD_URL, async () => {
        await delay(5_000);
        return ok();
      }),
    );
    const c = new GatewayClient({
      appKey: '1000000',
      appSecret: SECRET,
      baseUrl: BASE,
      accessToken: TOKEN,
      timeoutMs: 600,
      deadlineMs: 2_500,
      baseDelayMs: 1,
    });
    const started = Date.now();
    const error = await failure(c.call(APIS.keywordSearch, {}));
    const took = Date.now() - started;
    expect(error.code).toBe('upstream_timeout');
    // Attempts of 600 ms while at least a second is left: three, then it stops, well within
    // the 2.5 s deadline instead of running a fourth.
    expect(took).toBeGreaterThanOrEqual(1_700);
    expect(took).toBeLessThanOrEqual(2_500);
  });

  it('reports a timeout when every attempt is too slow', async () => {
    server.use(
      http.post(KEYWORD_URL, async () => {
        await delay(300);
        return ok();
      }),
    );
    const error = await failure(
      client({ timeoutMs: 30, maxAttempts: 2 }).c.call(APIS.keywordSearch, {}),
    );
    expect(error).toMatchObject({ code: 'upstream_timeout', status: 504, retryable: true });
  });
});

describe('error mapping', () => {
  it.each([
    ['gw.APIACLDecline', 400, 'upstream_not_granted', 502, /apply for this api/i],
    ['gw.APIUnsupported', 400, 'upstream_unsupported', 502, /api name/i],
    ['gw.ParamMissing', 400, 'upstream_bad_request', 502, /bug/i],
    ['gw.SignatureInvalid', 400, 'upstream_signature_rejected', 502, /ALIBABA_APP_SECRET/],
    ['isv.signature-error', 400, 'upstream_signature_rejected', 502, /ALIBABA_APP_SECRET/],
    ['gw.QosAppFrequencyLimit', 400, 'upstream_rate_limited', 503, /try again/i],
    ['gw.NoUsageLeftError', 400, 'upstream_quota_exhausted', 503, /quota/i],
    ['gw.AppKeyNotFound', 400, 'upstream_app_key_unknown', 502, /ALIBABA_APP_KEY/],
    ['401', 401, 'upstream_not_authorized', 502, /Connect a 1688 account/],
    ['gw.SomethingNew', 200, 'upstream_error', 502, /try again/i],
  ])('%s → %s (%i)', async (upstream, httpStatus, code, status, hint) => {
    const message = upstream === '401' ? 'Request need user authorized' : 'failure';
    sequence(KEYWORD_URL, [gatewayError(httpStatus, upstream, message)]);
    const error = await failure(client({ maxAttempts: 1 }).c.call(APIS.keywordSearch, {}));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.upstreamCode).toBe(upstream);
    expect(error.requestId).toBe('req-42');
    expect(error.hint).toMatch(hint);
  });

  it('finds error_code in a 200 answer too', async () => {
    sequence(KEYWORD_URL, [gatewayError(200, 'gw.APIACLDecline')]);
    expect((await failure(client().c.call(APIS.keywordSearch, {}))).code).toBe(
      'upstream_not_granted',
    );
  });

  it('maps a non-JSON answer to a bad response, and a 4xx without a code too', async () => {
    sequence(KEYWORD_URL, [() => new HttpResponse('<html>oops</html>', { status: 200 })]);
    expect((await failure(client().c.call(APIS.keywordSearch, {}))).code).toBe(
      'upstream_bad_response',
    );
    sequence(KEYWORD_URL, [() => HttpResponse.json({}, { status: 404 })]);
    expect((await failure(client().c.call(APIS.keywordSearch, {}))).code).toBe(
      'upstream_bad_response',
    );
  });

  it('maps a 401 without a body to not authorized', async () => {
    sequence(KEYWORD_URL, [() => new HttpResponse('', { status: 401 })]);
    expect((await failure(client().c.call(APIS.keywordSearch, {}))).code).toBe(
      'upstream_not_authorized',
    );
  });
});

describe('secrets', () => {
  it('never puts the secret, the token or the signature in errors, JSON or logs', async () => {
    const seen = sequence(KEYWORD_URL, [
      () =>
        HttpResponse.json(
          {
            error_code: 'gw.SignatureInvalid',
            error_message: `bad signature for secret ${SECRET} token=${TOKEN} access_token=${TOKEN}`,
            request_id: 'r1',
          },
          { status: 400 },
        ),
    ]);
    const { c, lines } = client();
    const error = await failure(c.call(APIS.keywordSearch, {}));
    const signature = seen[0]!.get('_aop_signature')!;
    const texts = [
      error.message,
      error.hint,
      error.upstreamMessage ?? '',
      JSON.stringify(error),
      String(error.stack),
      ...lines,
    ];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(signature);
    }
    expect(error.upstreamMessage).toContain('[redacted]');
  });
});
