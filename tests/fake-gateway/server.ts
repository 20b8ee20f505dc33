/**
 * A fake 1688 Open Platform gateway on 127.0.0.1 that speaks the documented protocol: the same
 * URL shapes, form-encoded POSTs, its own signature and access-token checks, the documented
 * envelopes with their quirks, and offers drawn from the mock catalog (searched by keyword, by
 * seller and, for uploaded pictures, by their look). Each API can be made to fail in every
 * documented way (and to drift in shape), calls are counted per API and the last business
 * parameters kept; offers can be given a status or a promotion (offer-overrides.ts), and
 * categories are read per node (categories.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateCatalog, type MockCatalog } from '@/lib/mock/catalog';
import { parseOfferImage, renderOfferImage } from '@/lib/mock/images';
import type { IndexQuery } from '@/lib/mock/search-index';
import { visualSearch } from '@/lib/mock/visual-search';
import { translationAnswer } from './categories';
import {
  DRIFTS,
  type DriftKind,
  driftDetail,
  driftRows,
  OfferOverrides,
  type OfferOverride,
} from './offer-overrides';
import { toDetail, toSearchRow } from './raw-data';
import { signatureMatches } from './signature';

export const FAILURES = [
  'acl',
  'unsupported',
  'throttle',
  'quota',
  'expired_token',
  'http500',
  'slow',
  'malformed',
  'drift',
  'business',
  'signature',
  // Shapes 1688 might change to (offer-overrides.ts), and a category node without its children.
  ...DRIFTS,
  'omit_children',
] as const;
export type FailureKind = (typeof FAILURES)[number];

export type FakeGatewayOptions = {
  port?: number;
  appKey?: string;
  appSecret?: string;
  accessTokens?: string[];
  catalogSize?: number;
  /** Added to every answer, to make the gateway as slow as the real one. */
  latencyMs?: number;
  /** How long a "slow" failure waits before answering. */
  slowMs?: number;
  /** Lifetime of access tokens issued through OAuth (seconds; 1688 uses 36000). */
  tokenTtlSeconds?: number;
  /** Each offer also answers under this many ids in all (a benchmark's long tail). */
  offerCopies?: number;
};

type Failure = { kind: FailureKind; remaining: number; delayMs?: number };

export const FAKE_APP_KEY = '12345678';
export const FAKE_APP_SECRET = 'fakeSecret0123456789abcd';
export const FAKE_ACCESS_TOKEN = 'fake-access-token-5f2b9c7e';

const AUTH_FREE = new Set(['system:currentTime', 'com.alibaba.product:alibaba.category.get']);

export type FakeGateway = {
  url: string;
  apiUrl: string;
  port: number;
  catalog: MockCatalog;
  calls(): Record<string, number>;
  fail(api: string, kind: FailureKind, options?: { times?: number; delayMs?: number }): void;
  /** Makes every token issued through OAuth expire now (refresh tokens stay valid). */
  expireTokens(): void;
  setTokenTtl(seconds: number): void;
  /** Gives an offer a status (e.g. `expired`) or a promotion, until reset. */
  setOffer(offerId: string, override: OfferOverride): void;
  /** The business parameters of the last calls to an API (newest last). */
  requests(api: string): Record<string, string>[];
  reset(): void;
  close(): Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json;charset=UTF-8',
) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export async function startFakeGateway(options: FakeGatewayOptions = {}): Promise<FakeGateway> {
  const appKey = options.appKey ?? FAKE_APP_KEY;
  const appSecret = options.appSecret ?? FAKE_APP_SECRET;
  // Access tokens and when they expire (the static test token never does).
  const tokens = new Map<string, number>(
    (options.accessTokens ?? [FAKE_ACCESS_TOKEN]).map((t) => [t, Number.POSITIVE_INFINITY]),
  );
  const codes = new Map<string, { redirectUri: string; expiresAt: number }>();
  const refreshTokens = new Set<string>();
  let tokenTtl = options.tokenTtlSeconds ?? 36_000;
  let issued = 0;
  const catalog = generateCatalog({ size: options.catalogSize ?? 5000 });
  // 1688's image index exists before anyone searches it: fingerprint the pictures in the background.
  void visualSearch(catalog).warm();
  const counts: Record<string, number> = {};
  const failures = new Map<string, Failure>();
  const overrides = new OfferOverrides(options.offerCopies ?? 1);
  const received = new Map<string, Record<string, string>[]>();
  let requestSeq = 0;
  let uploaded = 0;
  let base = '';

  const requestId = () => `fake${Date.now().toString(36)}${(++requestSeq).toString(36)}`;
  const gatewayError = (res: ServerResponse, status: number, code: string, message: string) =>
    send(res, status, {
      error_code: code,
      error_message: message,
      exception: message,
      request_id: requestId(),
    });

  function takeFailure(api: string): Failure | undefined {
    const f = failures.get(api) ?? failures.get('*');
    if (!f) return undefined;
    f.remaining -= 1;
    if (f.remaining <= 0) failures.delete(failures.has(api) ? api : '*');
    return f;
  }

  function json(fields: URLSearchParams, name: string): Record<string, unknown> | null {
    const raw = fields.get(name);
    if (raw === null) return {};
    try {
      const v = JSON.parse(raw);
      return v && typeof v === 'object' ? v : null;
    } catch {
      return null;
    }
  }

  const supplierIndex = new Map(catalog.suppliers.map((s, i) => [s.id, i]));

  /** 1688's search fields as a query of the catalog's index (optionally of one seller's offers). */
  function indexQueryOf(param: Record<string, unknown>, supplier?: number) {
    const page = Math.max(1, Number(param.beginPage ?? 1));
    const size = Math.min(50, Math.max(1, Number(param.pageSize ?? 20)));
    const filter = String(param.filter ?? '');
    const sort = param.sort ? (JSON.parse(String(param.sort)) as Record<string, string>) : {};
    const category = param.categoryId ? catalog.tree.byId.get(String(param.categoryId)) : undefined;
    const ownSort =
      sort.price === 'asc'
        ? 'price_asc'
        : sort.price === 'desc'
          ? 'price_desc'
          : sort.monthSold
            ? 'sales'
            : 'relevance';
    const keyword = String(param.keyword ?? '');
    // A category's own Chinese name as the keyword means "everything in it".
    const q = category && keyword === category.category.nameZh ? '' : keyword;
    const query: IndexQuery = {
      q,
      sort: ownSort,
      category: category ? { level: category.level, id: Number(param.categoryId) } : undefined,
      minPrice: param.priceStart === undefined ? undefined : Number(param.priceStart),
      maxPrice: param.priceEnd === undefined ? undefined : Number(param.priceEnd),
      factoryOnly: filter.includes('certifiedFactory'),
      shipsIn48h: filter.includes('shipIn48Hours'),
      onePiece: filter.includes('isOnePsale'),
      supplier,
      offset: (page - 1) * size,
      limit: size,
    };
    return { query, page, size };
  }

  function searchPage(param: Record<string, unknown>, supplier?: number) {
    const { query, page, size } = indexQueryOf(param, supplier);
    return { result: catalog.index.search(query), page, size };
  }

  /** Uploaded pictures by image id (the last hundred), searched by their look. */
  const uploads = new Map<string, { ref: string; bytes: Buffer }>();

  async function imagePage(param: Record<string, unknown>) {
    const { query, page, size } = indexQueryOf(param);
    const upload = uploads.get(String(param.imageId));
    if (!upload) return { result: { total: 0, docs: [] }, page, size };
    const { docs, scores } = await visualSearch(catalog).match(upload.ref, upload.bytes);
    return { result: catalog.index.rank(docs, scores, query), page, size };
  }

  async function handleApi(
    res: ServerResponse,
    namespace: string,
    api: string,
    key: string,
    fields: URLSearchParams,
  ) {
    const urlPath = `param2/1/${namespace}/${api}/${key}`;
    if (key !== appKey) return gatewayError(res, 400, 'gw.AppKeyNotFound', 'AppKey not found');
    for (const [name, value] of fields) {
      if (value === '')
        return gatewayError(res, 400, 'gw.ParamMissing', `Parameter ${name} is empty`);
    }
    if (!/^\d{13}$/.test(fields.get('_aop_timestamp') ?? '')) {
      return gatewayError(res, 400, 'gw.ParamMissing', '_aop_timestamp must be milliseconds');
    }
    const failure = takeFailure(api);
    if (failure?.kind === 'signature' || !signatureMatches(appSecret, urlPath, fields)) {
      return gatewayError(res, 400, 'gw.SignatureInvalid', 'Request signature is invalid');
    }
    if (!AUTH_FREE.has(`${namespace}:${api}`)) {
      const token = fields.get('access_token');
      if (!token || !((tokens.get(token) ?? 0) > Date.now()) || failure?.kind === 'expired_token') {
        return gatewayError(res, 401, '401', 'Request need user authorized');
      }
    }
    const business = Object.fromEntries(
      [...fields].filter(
        ([k]) => !['access_token', '_aop_signature', '_aop_timestamp'].includes(k),
      ),
    );
    const log = received.get(api) ?? [];
    log.push(business);
    received.set(api, log.slice(-100));
    if (failure) {
      switch (failure.kind) {
        case 'acl':
          return gatewayError(
            res,
            400,
            'gw.APIACLDecline',
            `App ${appKey} is not allowed to access ${api}`,
          );
        case 'unsupported':
          return gatewayError(res, 400, 'gw.APIUnsupported', `API ${api} is not supported`);
        case 'throttle':
          return gatewayError(res, 400, 'gw.QosAppFrequencyLimit', 'App call frequency limited');
        case 'quota':
          return gatewayError(res, 400, 'gw.NoUsageLeftError', 'No usage left');
        case 'http500':
          return send(res, 500, '<html><body>500 Internal Server Error</body></html>', 'text/html');
        case 'slow':
          await sleep(failure.delayMs ?? options.slowMs ?? 15_000);
          break;
        case 'malformed':
          return send(res, 200, '{"result":{"success":true,"result":{"data":[', 'application/json');
        case 'drift':
          return send(res, 200, {
            result: {
              success: true,
              code: '200',
              result: { totalRecords: 'many', data: 'unavailable' },
            },
          });
        case 'business':
          return send(res, 200, {
            result: { success: false, code: '500_001', message: 'Service temporarily unavailable' },
          });
      }
    }
    return answer(res, namespace, api, fields, failure?.kind);
  }

  function wrapTwice(payload: unknown, success: boolean | string = true) {
    return { result: { success, code: '200', message: null, result: payload } };
  }

  async function answer(
    res: ServerResponse,
    namespace: string,
    api: string,
    fields: URLSearchParams,
    failure?: FailureKind,
  ) {
    const drift = (DRIFTS as readonly string[]).includes(failure ?? '')
      ? (failure as DriftKind)
      : undefined;
    switch (`${namespace}:${api}`) {
      case 'system:currentTime':
        return send(res, 200, { result: String(Date.now()) });
      case 'com.alibaba.product:alibaba.category.get': {
        const id = fields.get('categoryID') ?? '0';
        const roots = catalog.tree.roots;
        const node = id === '0' ? null : catalog.tree.byId.get(id);
        if (id !== '0' && !node)
          return send(res, 200, {
            succes: 'false',
            errorCode: '404',
            errorMsg: 'category not found',
            categoryInfo: [],
          });
        const children = node ? node.category.children : roots;
        return send(res, 200, {
          succes: 'true',
          categoryInfo: [
            {
              categoryID: Number(id),
              name: node ? node.category.nameZh : '全部类目',
              level: node ? node.level : 0,
              isLeaf: node ? node.category.children.length === 0 : false,
              parentIDs: node ? node.path.slice(0, -1).map(Number) : [],
              childIDs: children.map((c) => Number(c.id)),
              childCategorys: children.map((c) => ({
                id: Number(c.id),
                name: c.nameZh,
                isLeaf: c.children.length === 0,
              })),
            },
          ],
        });
      }
      case 'com.alibaba.fenxiao.crossborder:category.translation.getById':
        return send(
          res,
          200,
          translationAnswer(
            catalog,
            fields.get('categoryId') ?? '',
            fields.get('language') ?? 'en',
            failure === 'omit_children',
          ),
        );
      case 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery':
      case 'com.alibaba.fenxiao.crossborder:product.search.querySellerOfferList':
      case 'com.alibaba.fenxiao.crossborder:product.search.imageQuery': {
        const param = json(fields, 'offerQueryParam');
        if (!param)
          return gatewayError(res, 400, 'gw.ParamMissing', 'offerQueryParam is not valid JSON');
        let rows: { total: number; docs: number[] };
        let page: number;
        let size: number;
        if (api === 'product.search.querySellerOfferList') {
          // An unknown seller has no offers (not an error).
          const seller = supplierIndex.get(String(param.sellerOpenId ?? ''));
          ({ result: rows, page, size } = searchPage(param, seller ?? catalog.suppliers.length));
        } else if (api === 'product.search.imageQuery') {
          if (!param.imageId)
            return gatewayError(res, 400, 'gw.ParamMissing', 'imageId is required');
          ({ result: rows, page, size } = await imagePage(param));
        } else {
          ({ result: rows, page, size } = searchPage(param));
        }
        const rowsOut = rows.docs.map((d) => {
          const summary = catalog.summaries[d]!;
          const row = toSearchRow(catalog, summary, base, api === 'product.search.imageQuery');
          return overrides.decorateRow(row, summary.id, summary.price.min);
        });
        const data = drift ? driftRows(drift, rowsOut) : rowsOut;
        const payload = {
          totalRecords: rows.total,
          totalPage: Math.ceil(rows.total / size),
          pageSize: size,
          currentPage: page,
          data,
        };
        // keywordQuery says success with a boolean, imageQuery with a string.
        return send(
          res,
          200,
          wrapTwice(payload, api === 'product.search.imageQuery' ? 'true' : true),
        );
      }
      case 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail': {
        const param = json(fields, 'offerDetailParam');
        if (!param)
          return gatewayError(res, 400, 'gw.ParamMissing', 'offerDetailParam is not valid JSON');
        const asked = String(param.offerId);
        const index = catalog.indexOfId.get(overrides.baseId(asked));
        if (index === undefined)
          return send(res, 200, {
            result: {
              success: false,
              code: '500_004',
              message: '商品不存在 (offer does not exist)',
            },
          });
        const detail = overrides.decorateDetail(
          { ...toDetail(catalog, catalog.product(index), base), offerId: Number(asked) },
          asked,
        );
        return send(res, 200, wrapTwice(drift ? driftDetail(drift, detail) : detail));
      }
      case 'com.alibaba.fenxiao.crossborder:product.image.upload': {
        const param = json(fields, 'uploadImageParam');
        const b64 = String(param?.imageBase64 ?? '');
        if (!b64 || b64.startsWith('data:'))
          return gatewayError(res, 400, 'gw.ParamMissing', 'imageBase64 must be raw base64');
        const bytes = Buffer.from(b64, 'base64');
        let ref: string;
        try {
          ref = await visualSearch(catalog).remember(bytes);
        } catch {
          return send(res, 200, {
            result: {
              success: 'false',
              code: '400',
              message: '图片格式错误 (the image cannot be read)',
            },
          });
        }
        const imageId = `${1_000_000 + ++uploaded}`;
        uploads.set(imageId, { ref, bytes });
        if (uploads.size > 100) uploads.delete(uploads.keys().next().value!);
        return send(res, 200, wrapTwice(imageId, 'true'));
      }
      default:
        return gatewayError(
          res,
          400,
          'gw.APIUnsupported',
          `API ${namespace}/${api} is not supported`,
        );
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__fake/')) return control(req, res, url);
    const img = /^\/img\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (img && req.method === 'GET') {
      const spec = parseOfferImage(img[1]!, img[2]!, img[3]!);
      return spec
        ? send(res, 200, renderOfferImage(spec), 'image/svg+xml')
        : send(res, 404, 'not found', 'text/plain');
    }
    if (url.pathname === '/oauth/authorize' && req.method === 'GET') return authorize(res, url);
    const oauth = /^\/openapi\/(http|param2)\/1\/system\.oauth2\/getToken\/([^/]+)$/.exec(
      url.pathname,
    );
    if (oauth) {
      counts['system.oauth2.getToken'] = (counts['system.oauth2.getToken'] ?? 0) + 1;
      return getToken(res, oauth[2]!, new URLSearchParams(await readBody(req)));
    }
    const m = /^\/openapi\/param2\/1\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!m) return gatewayError(res, 404, 'gw.APIUnsupported', 'Unknown URL');
    const [, namespace, api, key] = m as unknown as [string, string, string, string];
    counts[api] = (counts[api] ?? 0) + 1;
    if (req.method !== 'POST') return gatewayError(res, 405, 'gw.ParamMissing', 'Use POST');
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return gatewayError(
        res,
        400,
        'gw.ParamMissing',
        'Body must be application/x-www-form-urlencoded',
      );
    }
    if (options.latencyMs) await sleep(options.latencyMs);
    return handleApi(res, namespace, api, key, new URLSearchParams(await readBody(req)));
  }

  /** The authorize page: approves at once and sends the browser back with a single-use code. */
  function authorize(res: ServerResponse, url: URL) {
    const redirectUri = url.searchParams.get('redirect_uri');
    const state = url.searchParams.get('state');
    if (
      url.searchParams.get('client_id') !== appKey ||
      !redirectUri ||
      url.searchParams.get('site') !== '1688'
    ) {
      return send(res, 400, '<h1>Invalid authorization request</h1>', 'text/html');
    }
    const code = `code-${Date.now().toString(36)}-${(++issued).toString(36)}`;
    codes.set(code, { redirectUri, expiresAt: Date.now() + 120_000 });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    if (state !== null) back.searchParams.set('state', state);
    res.writeHead(302, { Location: back.toString() });
    res.end();
  }

  function refreshTimeout(ms: number): string {
    const d = new Date(ms + 8 * 3600_000);
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}${p(d.getUTCMilliseconds(), 3)}+0800`;
  }

  function issue(res: ServerResponse) {
    const access = `fake-at-${Date.now().toString(36)}-${(++issued).toString(36)}`;
    const refresh = `fake-rt-${Date.now().toString(36)}-${(++issued).toString(36)}`;
    tokens.set(access, Date.now() + tokenTtl * 1000);
    refreshTokens.add(refresh);
    return send(res, 200, {
      access_token: access,
      refresh_token: refresh,
      expires_in: String(tokenTtl),
      refresh_token_timeout: refreshTimeout(Date.now() + 180 * 86_400_000),
      resource_owner: 'pifa-test-buyer',
      memberId: 'b2b-2208000000001',
      aliId: '2208000000001',
    });
  }

  /** Code exchange and refresh (unsigned, with client_secret in the body). */
  function getToken(res: ServerResponse, key: string, fields: URLSearchParams) {
    if (
      key !== appKey ||
      fields.get('client_id') !== appKey ||
      fields.get('client_secret') !== appSecret
    ) {
      return send(res, 401, {
        error: 'invalid_client',
        error_description: 'client authentication failed',
      });
    }
    if (fields.get('grant_type') === 'authorization_code') {
      const code = fields.get('code') ?? '';
      const known = codes.get(code);
      codes.delete(code);
      if (
        !known ||
        known.expiresAt < Date.now() ||
        known.redirectUri !== fields.get('redirect_uri')
      ) {
        return send(res, 400, {
          error: 'invalid_grant',
          error_description: 'authorization code is invalid or expired',
        });
      }
      return issue(res);
    }
    if (fields.get('grant_type') === 'refresh_token') {
      if (!refreshTokens.has(fields.get('refresh_token') ?? '')) {
        return send(res, 400, {
          error: 'invalid_grant',
          error_description: 'refresh token is invalid',
        });
      }
      return issue(res);
    }
    return send(res, 400, {
      error: 'unsupported_grant_type',
      error_description: 'unknown grant_type',
    });
  }

  async function control(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/__fake/calls') return send(res, 200, counts);
    if (url.pathname === '/__fake/reset' && req.method === 'POST') {
      reset();
      return send(res, 200, { ok: true });
    }
    if (url.pathname === '/__fake/offers' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as OfferOverride & {
        offerId?: string;
      };
      if (!body.offerId) return send(res, 400, { error: 'offerId is required' });
      overrides.set(String(body.offerId), { status: body.status, promotion: body.promotion });
      return send(res, 200, { ok: true });
    }
    if (url.pathname === '/__fake/requests') {
      return send(res, 200, received.get(url.searchParams.get('api') ?? '') ?? []);
    }
    if (url.pathname === '/__fake/expire-tokens' && req.method === 'POST') {
      expireTokens();
      return send(res, 200, { ok: true });
    }
    if (url.pathname === '/__fake/token-ttl' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as { seconds?: number };
      setTokenTtl(Number(body.seconds ?? 36_000));
      return send(res, 200, { ok: true });
    }
    if (url.pathname === '/__fake/failures' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as {
        api?: string;
        kind?: FailureKind;
        times?: number;
        delayMs?: number;
      };
      if (!body.api || !body.kind || !FAILURES.includes(body.kind))
        return send(res, 400, { error: `kind must be one of ${FAILURES.join(', ')}` });
      fail(body.api, body.kind, body);
      return send(res, 200, { ok: true });
    }
    return send(res, 404, { error: 'unknown control endpoint' });
  }

  function fail(api: string, kind: FailureKind, opts: { times?: number; delayMs?: number } = {}) {
    failures.set(api, {
      kind,
      remaining: opts.times ?? Number.POSITIVE_INFINITY,
      delayMs: opts.delayMs,
    });
  }

  function expireTokens() {
    for (const [token, expiresAt] of tokens) if (Number.isFinite(expiresAt)) tokens.set(token, 0);
  }

  function setTokenTtl(seconds: number) {
    tokenTtl = seconds;
  }

  function reset() {
    failures.clear();
    overrides.reset();
    received.clear();
    for (const k of Object.keys(counts)) delete counts[k];
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) =>
      send(res, 500, { error_code: 'fake.internal', error_message: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    apiUrl: `${base}/openapi`,
    port,
    catalog,
    calls: () => ({ ...counts }),
    fail,
    expireTokens,
    setTokenTtl,
    setOffer: (id, override) => overrides.set(id, override),
    requests: (api) => [...(received.get(api) ?? [])],
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
