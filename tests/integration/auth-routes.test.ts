import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as callback } from '@/app/api/auth/1688/callback/route';
import { POST as disconnectRoute } from '@/app/api/auth/1688/disconnect/route';
import { POST as login } from '@/app/api/auth/1688/login/route';
import { POST as adminRoute } from '@/app/api/auth/admin/route';
import { POST as probesRoute } from '@/app/api/status/probes/route';
import { GET as statusRoute } from '@/app/api/status/route';
import { createSession, isOperator, verifySession } from '@/lib/http/operator';
import {
  FAKE_APP_KEY,
  FAKE_APP_SECRET,
  startFakeGateway,
  type FakeGateway,
} from '../fake-gateway/server';
import { tempDir } from '../setup/temp-dir';

const SITE = 'http://127.0.0.1:3999';
let gateway: FakeGateway;
const saved = { ...process.env };
const TOKEN = 'admin-token-for-tests-42';
const operator = { authorization: `Bearer ${TOKEN}` };
const visitor = { 'x-forwarded-for': '127.0.0.1', 'x-pifa-peer': '127.0.0.1' };
const none = { params: Promise.resolve({}) };

beforeAll(async () => {
  gateway = await startFakeGateway({ catalogSize: 200 });
  Object.assign(process.env, {
    ALIBABA_APP_KEY: FAKE_APP_KEY,
    ALIBABA_APP_SECRET: FAKE_APP_SECRET,
    ALIBABA_API_URL: gateway.apiUrl,
    ALIBABA_AUTHORIZE_URL: `${gateway.url}/oauth/authorize`,
    NEXT_PUBLIC_SITE_URL: SITE,
    PIFA_DATA_DIR: tempDir('pifa-auth-'),
    ADMIN_TOKEN: TOKEN,
  });
});
afterAll(async () => {
  process.env = saved;
  await gateway.close();
});

describe('operator', () => {
  it('trusts the admin token or a session signed with it, never where a request seems to come from', () => {
    expect(isOperator(new Headers(visitor))).toBe(false);
    expect(isOperator(new Headers(operator))).toBe(true);
    expect(isOperator(new Headers({ authorization: 'Bearer tok' }))).toBe(false);
    expect(isOperator(new Headers({ authorization: 'Bearer ' }))).toBe(false);
    // The raw token in a cookie is not a session.
    expect(isOperator(new Headers({ cookie: `pifa_admin=${TOKEN}` }))).toBe(false);
    const session = createSession();
    expect(isOperator(new Headers({ cookie: `a=1; pifa_admin=${session}` }))).toBe(true);
    // A session whose signature was changed, or that expired, is refused.
    const forged = session.slice(0, -2) + (session.endsWith('AA') ? 'BB' : 'AA');
    expect(verifySession(forged)).toBe(false);
    expect(verifySession(session, Date.now() + 13 * 3600_000)).toBe(false);
    expect(verifySession('v1.99999999999.x.' + 'A'.repeat(43))).toBe(false);
  });

  it('a new ADMIN_TOKEN ends every session signed with the old one', () => {
    const session = createSession();
    process.env.ADMIN_TOKEN = 'another-admin-token-0001';
    try {
      expect(verifySession(session)).toBe(false);
    } finally {
      process.env.ADMIN_TOKEN = TOKEN;
    }
  });

  it('refuses connect, disconnect and forced probes to others with 403', async () => {
    for (const res of [
      await login(new Request(`${SITE}/api/auth/1688/login`, { method: 'POST', headers: visitor })),
      await disconnectRoute(
        new Request(`${SITE}/api/auth/1688/disconnect`, { method: 'POST', headers: visitor }),
      ),
      await probesRoute(
        new Request(`${SITE}/api/status/probes`, { method: 'POST', headers: visitor }),
      ),
    ]) {
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
  });

  it('signs a remote operator in with ADMIN_TOKEN as an httpOnly cookie', async () => {
    const bad = await adminRoute(
      new Request(`${SITE}/api/auth/admin`, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({ token: 'nope' }),
      }),
    );
    expect(bad.status).toBe(403);
    // A plain form goes back to the page, which says the token was wrong.
    const form = await adminRoute(
      new Request(`${SITE}/api/auth/admin`, {
        method: 'POST',
        body: new URLSearchParams({ token: 'nope' }),
      }),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/api-status?sign_in=failed');
    expect(form.headers.get('set-cookie')).toBeNull();
    const ok = await adminRoute(
      new Request(`${SITE}/api/auth/admin`, {
        method: 'POST',
        body: new URLSearchParams({ token: TOKEN }),
      }),
    );
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^pifa_admin=v1\.\d+\.[\w-]+\.[\w-]+; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/,
    );
    expect(cookie).not.toContain(TOKEN);
    const session = /pifa_admin=([^;]+)/.exec(cookie)![1];
    expect(isOperator(new Headers({ cookie: `pifa_admin=${session}` }))).toBe(true);
  });
});

describe('OAuth flow', () => {
  async function start() {
    const res = await login(
      new Request(`${SITE}/api/auth/1688/login`, { method: 'POST', headers: operator }),
    );
    expect(res.status).toBe(302);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /pifa_oauth_state=[\w-]{20,}; Path=\/api\/auth\/1688; Max-Age=600; HttpOnly; SameSite=Lax/,
    );
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(`${gateway.url}/oauth/authorize`);
    expect(location.searchParams.get('redirect_uri')).toBe(`${SITE}/api/auth/1688/callback`);
    expect(location.searchParams.get('client_id')).toBe(FAKE_APP_KEY);
    const state = location.searchParams.get('state')!;
    expect(cookie).toContain(state);
    const approved = await fetch(location, { redirect: 'manual' });
    return {
      back: new URL(approved.headers.get('location')!),
      cookie: `pifa_oauth_state=${state}`,
    };
  }

  it('rejects a missing or tampered state with 400 and exchanges nothing', async () => {
    const { back, cookie } = await start();
    const before = gateway.calls()['system.oauth2.getToken'] ?? 0;
    const tampered = new URL(back);
    tampered.searchParams.set('state', 'forged-state-value-000000000000');
    const bad = await callback(new Request(tampered, { headers: { cookie } }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('state'),
    });
    const noCookie = await callback(new Request(back));
    expect(noCookie.status).toBe(400);
    expect(gateway.calls()['system.oauth2.getToken'] ?? 0).toBe(before);
  });

  it('connects, shows the account on /api/status, then disconnects', async () => {
    const { back, cookie } = await start();
    const res = await callback(new Request(back, { headers: { cookie } }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/api-status?connected=1');
    const status = await (
      await statusRoute(new Request(`${SITE}/api/status`, { headers: operator }), none)
    ).json();
    expect(status.data.authorization).toMatchObject({
      source: 'oauth',
      resourceOwner: 'pifa-test-buyer',
    });
    expect(status.data.probes.results.map((p: { outcome: string }) => p.outcome)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
    const text = JSON.stringify(status);
    expect(text).not.toContain(FAKE_APP_SECRET);
    expect(text).not.toMatch(/fake-at-|fake-rt-/);

    const replay = await callback(new Request(back, { headers: { cookie } }));
    expect(replay.headers.get('location')).toBe('/api-status?auth_error=exchange_failed');

    const off = await disconnectRoute(
      new Request(`${SITE}/api/auth/1688/disconnect`, {
        method: 'POST',
        headers: { ...operator, accept: 'application/json' },
      }),
    );
    expect(off.status).toBe(200);
    const after = await (
      await statusRoute(new Request(`${SITE}/api/status`, { headers: operator }), none)
    ).json();
    expect(after.data.authorization.source).toBe('none');
    expect(after.data.probes.results.find((p: { id: string }) => p.id === 'search').outcome).toBe(
      'needs_authorization',
    );
  });

  it('rate-limits forced probes', async () => {
    const post = () =>
      probesRoute(
        new Request(`${SITE}/api/status/probes`, {
          method: 'POST',
          headers: { ...operator, accept: 'application/json' },
        }),
      );
    const first = await post();
    expect(first.status, await first.clone().text()).toBe(200);
    const second = await post();
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('5');
    expect((await second.json()).error.code).toBe('too_many_requests');
  });
});
