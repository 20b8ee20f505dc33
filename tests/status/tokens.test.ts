import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APIS } from '@/lib/gateway/apis';
import { GatewayClient } from '@/lib/gateway/client';
import { authorizeUrl, OAuthClient, parseRefreshTimeout, type TokenSet } from '@/lib/gateway/oauth';
import { TokenManager, type TokenStore } from '@/lib/gateway/token-manager';
import { FileTokenStore } from '@/lib/store/file-token-store';
import { tempDir } from '../setup/temp-dir';

const BASE = 'http://gateway.test/openapi';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

class MemoryStore implements TokenStore {
  constructor(public tokens: TokenSet | null = null) {}
  async load() {
    return this.tokens;
  }
  async save(t: TokenSet) {
    this.tokens = t;
  }
  async clear() {
    this.tokens = null;
  }
  describe() {
    return 'memory';
  }
}

const HOUR = 3_600_000;
const T0 = 1_800_000_000_000;
const tokens = (over: Partial<TokenSet> = {}): TokenSet => ({
  accessToken: 'at-1',
  refreshToken: 'rt-1',
  accessExpiresAt: T0 + 10 * HOUR,
  refreshExpiresAt: T0 + 1000 * HOUR,
  resourceOwner: 'buyer',
  obtainedAt: T0,
  ...over,
});

/** A token endpoint that counts refreshes and hands out at-2, at-3... */
function tokenEndpoint() {
  const seen: URLSearchParams[] = [];
  server.use(
    http.post(`${BASE}/:segment/1/system.oauth2/getToken/1000000`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      seen.push(form);
      if (form.get('client_secret') !== 'app-secret-0123456789')
        return HttpResponse.json({ error: 'invalid_client' }, { status: 401 });
      return HttpResponse.json({
        access_token: `at-${seen.length + 1}`,
        refresh_token: form.get('grant_type') === 'authorization_code' ? 'rt-new' : undefined,
        expires_in: '36000',
        refresh_token_timeout: '20270514200339000+0800',
        resource_owner: 'buyer',
      });
    }),
  );
  return seen;
}

const KEYWORD_SEARCH_URL = `${BASE}/param2/1/com.alibaba.fenxiao.crossborder/product.search.keywordQuery/1000000`;

/** A gateway client that takes its token from the manager and refreshes through it on 401. */
function clientFor(m: TokenManager) {
  return new GatewayClient({
    appKey: '1000000',
    appSecret: 'app-secret-0123456789',
    baseUrl: BASE,
    accessToken: () => m.accessToken(),
    onUnauthorized: (t) => m.onUnauthorized(t),
    now: () => T0,
  });
}

function manager(store: MemoryStore, now = () => T0, envToken?: string) {
  const oauth = new OAuthClient({
    appKey: '1000000',
    appSecret: 'app-secret-0123456789',
    baseUrl: BASE,
    now,
  });
  return new TokenManager({ store, oauth, now, envToken });
}

describe('OAuth client', () => {
  it('parses refresh_token_timeout with its zone', () => {
    expect(parseRefreshTimeout('20270514200339000+0800')).toBe(Date.UTC(2027, 4, 14, 12, 3, 39));
    expect(parseRefreshTimeout('garbage')).toBeUndefined();
  });

  it('builds the authorize URL', () => {
    const url = new URL(
      authorizeUrl(
        'https://auth.1688.com/oauth/authorize',
        '1000000',
        'http://localhost:3000/api/auth/1688/callback',
        's1',
      ),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '1000000',
      site: '1688',
      redirect_uri: 'http://localhost:3000/api/auth/1688/callback',
      state: 's1',
    });
  });

  it('exchanges a code on the http segment with the documented fields', async () => {
    const seen = tokenEndpoint();
    const oauth = new OAuthClient({
      appKey: '1000000',
      appSecret: 'app-secret-0123456789',
      baseUrl: BASE,
      now: () => T0,
    });
    const t = await oauth.exchangeCode('c0de', 'http://localhost:3000/cb');
    expect(Object.fromEntries(seen[0]!)).toEqual({
      grant_type: 'authorization_code',
      need_refresh_token: 'true',
      redirect_uri: 'http://localhost:3000/cb',
      code: 'c0de',
      client_id: '1000000',
      client_secret: 'app-secret-0123456789',
    });
    expect(t).toMatchObject({
      accessToken: 'at-2',
      refreshToken: 'rt-new',
      accessExpiresAt: T0 + 36_000_000,
      resourceOwner: 'buyer',
    });
  });

  it('reports a refused exchange without the secret or the code', async () => {
    tokenEndpoint();
    const oauth = new OAuthClient({
      appKey: '1000000',
      appSecret: 'wrong-secret-0123456789',
      baseUrl: BASE,
    });
    const error = await oauth.exchangeCode('secret-code-123', 'x').catch((e) => e);
    expect(error.code).toBe('upstream_not_authorized');
    expect(JSON.stringify(error) + error.message).not.toMatch(/wrong-secret|secret-code-123/);
  });
});

describe('token manager', () => {
  it('uses the stored token while it is fresh, else the environment token', async () => {
    const seen = tokenEndpoint();
    expect(await manager(new MemoryStore(tokens())).accessToken()).toBe('at-1');
    expect(await manager(new MemoryStore(), () => T0, 'env-token').accessToken()).toBe('env-token');
    expect(seen).toHaveLength(0);
  });

  it('refreshes before the token expires and keeps the refresh token', async () => {
    const seen = tokenEndpoint();
    const store = new MemoryStore(tokens({ accessExpiresAt: T0 + 5 * 60_000 }));
    expect(await manager(store).accessToken()).toBe('at-2');
    expect(seen[0]!.get('grant_type')).toBe('refresh_token');
    expect(seen[0]!.get('refresh_token')).toBe('rt-1');
    expect(store.tokens).toMatchObject({ accessToken: 'at-2', refreshToken: 'rt-1' });
  });

  it('concurrent callers share one refresh', async () => {
    const seen = tokenEndpoint();
    const m = manager(new MemoryStore(tokens({ accessExpiresAt: T0 - 1 })));
    const results = await Promise.all(Array.from({ length: 10 }, () => m.accessToken()));
    expect(new Set(results)).toEqual(new Set(['at-2']));
    expect(seen).toHaveLength(1);
  });

  it('refreshes once when 1688 rejects the token, and not again for a token already replaced', async () => {
    const seen = tokenEndpoint();
    const store = new MemoryStore(tokens());
    const m = manager(store);
    expect(await m.onUnauthorized('at-1')).toBe(true);
    expect(store.tokens?.accessToken).toBe('at-2');
    expect(await m.onUnauthorized('at-1')).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('does not refresh with an expired refresh token and says why', async () => {
    const seen = tokenEndpoint();
    const m = manager(
      new MemoryStore(tokens({ accessExpiresAt: T0 - 1, refreshExpiresAt: T0 - 1 })),
    );
    expect(await m.accessToken()).toBe('at-1');
    expect(seen).toHaveLength(0);
    expect((await m.status()).lastRefreshError).toMatch(/connect the 1688 account again/);
  });

  it('the gateway client retries a call once after a refresh on 401', async () => {
    tokenEndpoint();
    const sent: string[] = [];
    server.use(
      http.post(KEYWORD_SEARCH_URL, async ({ request }) => {
        const token = new URLSearchParams(await request.text()).get('access_token')!;
        sent.push(token);
        return token === 'at-1'
          ? HttpResponse.json(
              { error_code: '401', error_message: 'Request need user authorized' },
              { status: 401 },
            )
          : HttpResponse.json({ result: { success: true, result: {} } });
      }),
    );
    const client = clientFor(manager(new MemoryStore(tokens())));
    await client.call(APIS.keywordSearch, {});
    expect(sent).toEqual(['at-1', 'at-2']);
  });

  it('gives up after one refresh when 1688 keeps refusing', async () => {
    tokenEndpoint();
    let calls = 0;
    server.use(
      http.post(KEYWORD_SEARCH_URL, () => {
        calls++;
        return HttpResponse.json(
          { error_code: '401', error_message: 'Request need user authorized' },
          { status: 401 },
        );
      }),
    );
    const client = clientFor(manager(new MemoryStore(tokens())));
    const error = await client.call(APIS.keywordSearch, {}).catch((e) => e);
    expect(error.code).toBe('upstream_not_authorized');
    expect(calls).toBe(2);
  });
});

describe('file token store', () => {
  it('writes atomically with owner-only permissions and reads back', async () => {
    const dir = join(tempDir('pifa-tokens-'), 'data');
    const store = new FileTokenStore(dir);
    expect(await store.load()).toBeNull();
    await Promise.all([store.save(tokens()), store.save(tokens({ accessToken: 'at-9' }))]);
    expect((await store.load())?.accessToken).toBe('at-9');
    expect((await stat(join(dir, '1688-token.json'))).mode & 0o777).toBe(0o600);
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('reports a corrupt file instead of crashing, and the manager shows it', async () => {
    const dir = tempDir('pifa-tokens-');
    await writeFile(join(dir, '1688-token.json'), '{"accessToken": tru');
    const store = new FileTokenStore(dir);
    await expect(store.load()).rejects.toThrow(/damaged/);
    const m = new TokenManager({
      store,
      oauth: new OAuthClient({ appKey: '1', appSecret: 's', baseUrl: BASE }),
      envToken: 'env',
    });
    expect(await m.accessToken()).toBe('env');
    expect((await m.status()).storeError).toMatch(/damaged/);
    expect(await readFile(join(dir, '1688-token.json'), 'utf8')).toContain('tru');
  });
});
