import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { E2E } from './env';
import { expect, operatorHeaders, signIn, test } from './fixtures';

/** The attacks of the security issue, tried against the built app: each must fail. */

test.afterEach(async () => {
  await fetch(`${E2E.gateway}/__fake/reset`, { method: 'POST' });
});

type Raw = { status: number; headers: string; body: string };

/** One request written byte for byte (fetch would normalise what is malformed on purpose). */
function raw(base: string, head: string, body = ''): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`${head}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n${body}`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => {
      const [headers = '', ...rest] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0);
      const payload = rest.join('\r\n\r\n');
      const body = /transfer-encoding: chunked/i.test(headers) ? unchunk(payload) : payload;
      resolve({ status, headers, body: Buffer.from(body, 'latin1').toString('utf8') });
    });
    socket.on('error', reject);
    socket.setTimeout(20_000, () => socket.destroy(new Error(`no answer to ${head}`)));
  });
}

function unchunk(payload: string): string {
  let out = '';
  let rest = payload;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, end), 16);
    if (!size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}

const ROUTES = [
  '/',
  '/products',
  '/products/606877161571',
  '/categories',
  '/api-status',
  '/api/products',
  '/api/products/606877161571',
  '/api/categories',
  '/api/status',
  '/api/status/probes',
  '/api/auth/admin',
  '/api/auth/admin/sign-out',
  '/api/auth/1688/login',
  '/api/auth/1688/callback',
  '/api/auth/1688/disconnect',
  '/api/preferences/currency',
  '/img/phone/ff0000/0.svg',
];

const SUFFIXES = [
  '/%zz',
  '/%',
  '/%E0%A4%A',
  '/%00',
  '/%0d%0aSet-Cookie:%20x=1',
  '/..%2f..%2fetc%2fpasswd',
  '/%C0%AF',
  '?q=%zz&page=-1&pageSize=99999&sort=<script>',
  '?category=1%27%20OR%201=1&minPrice=abc&maxPrice=1e309',
  '?q=' + 'x'.repeat(3000),
  '?page=1&page=2&factoryOnly=maybe',
  '?state=%E2%98%83&code=x',
];

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** Every route with every mutation and method, plus request lines no route should see. */
function malformedRequests(): { head: string; body?: string }[] {
  const out: { head: string; body?: string }[] = [];
  for (const route of ROUTES) {
    for (const suffix of SUFFIXES) out.push({ head: `GET ${route}${suffix} HTTP/1.1` });
    for (const method of METHODS) out.push({ head: `${method} ${route} HTTP/1.1` });
    for (const [type, body] of [
      [
        'application/x-www-form-urlencoded',
        'back=%2F%0D%0Ax&state=%E2%98%83&token=%FF&currency=%00',
      ],
      ['application/json', '{"a":[1,'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n',
      ],
    ] as const) {
      out.push({
        head: `POST ${route} HTTP/1.1\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}`,
        body,
      });
    }
    out.push({ head: `GET ${route} HTTP/1.1\r\nCookie: pifa_admin=v1.9.x.${'A'.repeat(43)}` });
    out.push({ head: `GET ${route} HTTP/1.1\r\nAuthorization: Bearer ${'x'.repeat(600)}` });
  }
  for (const line of [
    'OPTIONS * HTTP/1.1',
    'GET * HTTP/1.1',
    'GET http://evil.example/ HTTP/1.1',
    'GET //evil.example/ HTTP/1.1',
    'GET /_next/%zz HTTP/1.1',
    'GET /_next/static/%zz HTTP/1.1',
    'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1',
    'TRACE / HTTP/1.1',
    'PROPFIND /api/products HTTP/1.1',
  ]) {
    out.push({ head: line });
  }
  return out;
}

test('fuzz: hundreds of malformed requests, no 5xx, the API always in its JSON shape', async () => {
  test.setTimeout(300_000);
  const requests = malformedRequests();
  expect(requests.length).toBeGreaterThanOrEqual(300);
  const seen: string[] = [];
  let tried = 0;
  for (const base of [E2E.mock, E2E.live]) {
    for (const { head, body } of requests) {
      const res = await raw(base, head, body);
      tried++;
      const line = head.split('\r\n')[0]!;
      if (res.status >= 500 || res.status === 0) seen.push(`${res.status} ${base} ${line}`);
      const path = line.split(' ')[1] ?? '';
      const api = path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
      if (api && res.status >= 400 && res.status < 500) {
        const json = (() => {
          try {
            return JSON.parse(res.body);
          } catch {
            return null;
          }
        })();
        if (typeof json?.error?.code !== 'string' || typeof json?.error?.message !== 'string') {
          seen.push(`no JSON error body: ${res.status} ${base} ${line}`);
        }
      }
    }
    // The server is still there and well.
    expect((await fetch(`${base}/api/categories`)).status).toBe(200);
  }
  console.log(`fuzz: ${tried} requests tried, ${seen.length} problems`);
  expect(seen).toEqual([]);
});

test('oversized headers are refused; a long User-Agent costs nothing', async () => {
  expect((await raw(E2E.mock, `GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(9_000)}`)).status).toBe(431);
  expect((await raw(E2E.mock, `GET / HTTP/1.1\r\nCookie: a=${'b'.repeat(5_000)}`)).status).toBe(
    431,
  );
  const started = Date.now();
  const long = await raw(E2E.mock, `GET /categories HTTP/1.1\r\nUser-Agent: ${'a'.repeat(7_000)}`);
  expect(long.status).toBe(200);
  console.log(`a 7 kB User-Agent: ${Date.now() - started} ms`);
});

test('every response carries the security headers', async ({ request }) => {
  for (const base of [E2E.mock, E2E.live]) {
    for (const path of ['/', '/products?q=cup', '/categories', '/api-status', '/api/products']) {
      const res = await request.get(base + path);
      const h = res.headers();
      expect(h['content-security-policy'], path).toBeTruthy();
      expect(h['content-security-policy']).not.toContain('unsafe-eval');
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
    }
  }
  const file = await request.get(`${E2E.mock}/robots.txt`);
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
});

test('no page reports a Content-Security-Policy violation, mock and live', async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  for (const base of [E2E.mock, E2E.live]) {
    const id = (await (await fetch(`${base}/api/products?q=phone&pageSize=1`)).json()).data.items[0]
      .id;
    for (const path of [
      '/',
      '/products?q=phone',
      `/products/${id}`,
      '/categories',
      '/nope',
      '/api-status',
      '/list',
      `/compare?ids=${id}&qty=500`,
    ]) {
      await page.goto(base + path);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const seen = await page.evaluate(
        () => (window as unknown as { __csp?: string[] }).__csp ?? [],
      );
      violations.push(...seen.map((v) => `${base}${path}: ${v}`));
    }
    await signIn(page, base);
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    violations.push(...seen.map((v) => `${base}/api-status (operator): ${v}`));
  }
  expect(violations).toEqual([]);
});

/** A page on another loopback port that submits forms and fetches to every action. */
async function evilSite(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const actions = [
    ['/api/auth/1688/disconnect', {}],
    ['/api/status/probes', {}],
    ['/api/auth/1688/login', {}],
    ['/api/auth/admin/sign-out', {}],
    ['/api/preferences/currency', { currency: 'EUR', back: '/' }],
    ['/api/auth/admin', { token: 'guess' }],
  ] as const;
  const frames = actions
    .map(([path, fields], i) => {
      const inputs = Object.entries(fields)
        .map(([k, v]) => `<input name="${k}" value="${v}">`)
        .join('');
      return `<iframe name="f${i}"></iframe><form id="form${i}" method="post" target="f${i}" action="${target}${path}">${inputs}</form>`;
    })
    .join('');
  const html = `<!doctype html><html><body>${frames}<script>
    for (const form of document.forms) form.submit();
    for (const path of ${JSON.stringify(actions.map(([p]) => p))})
      fetch(${JSON.stringify(target)} + path, { method: 'POST', credentials: 'include', mode: 'no-cors' }).catch(() => {});
    setTimeout(() => (document.title = 'done'), 1500);
  </script></body></html>`;
  const server: Server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

test('a page on another site cannot act for the operator or change preferences', async ({
  page,
  context,
}) => {
  await signIn(page, E2E.oauth);
  await page.getByRole('button', { name: /Connect 1688 account|Reconnect 1688 account/ }).click();
  await expect(page.getByTestId('token-source')).toHaveText('Connected 1688 account (OAuth)');
  const callsBefore = await (await fetch(`${E2E.gateway}/__fake/calls`)).json();

  const evil = await evilSite(E2E.oauth);
  try {
    const attacker = await context.newPage();
    await attacker.goto(evil.url);
    await expect(attacker).toHaveTitle('done', { timeout: 10_000 });
    await attacker.close();
  } finally {
    await evil.close();
  }

  // Still signed in, still connected, no probe forced, no currency set.
  await page.goto(`${E2E.oauth}/api-status`);
  await expect(page.getByTestId('operator-state')).toHaveText('Signed in as operator.');
  await expect(page.getByTestId('token-source')).toHaveText('Connected 1688 account (OAuth)');
  const cookies = await context.cookies(E2E.oauth);
  expect(cookies.find((c) => c.name === 'pifa_currency')).toBeUndefined();
  const callsAfter = await (await fetch(`${E2E.gateway}/__fake/calls`)).json();
  expect(callsAfter['system.currentTime'] ?? 0).toBe(callsBefore['system.currentTime'] ?? 0);
  expect(callsAfter['system.oauth2.getToken'] ?? 0).toBe(
    callsBefore['system.oauth2.getToken'] ?? 0,
  );
  // The operator's own buttons still work.
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByTestId('token-source')).toHaveText('None: not authorized');
});

const as = (address: string) => ({ 'X-Forwarded-For': address, Accept: 'text/html' });

test('one client’s many distinct searches get 429 with Retry-After; others go on', async ({
  request,
}) => {
  const client = as('198.51.100.10');
  for (const q of ['mug', 'kettle', 'teapot']) {
    expect(
      (await request.get(`${E2E.limited}/products?q=${q}`, { headers: client })).status(),
    ).toBe(200);
  }
  // Asking again for a search already made costs nothing.
  expect((await request.get(`${E2E.limited}/products?q=mug`, { headers: client })).status()).toBe(
    200,
  );
  const refused = await request.get(`${E2E.limited}/products?q=saucer`, { headers: client });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await refused.text()).toContain('many different searches');
  const api = await request.get(`${E2E.limited}/api/products?q=spoon`, { headers: client });
  expect(api.status()).toBe(429);
  expect((await api.json()).error).toMatchObject({ code: 'too_many_requests' });
  const other = await request.get(`${E2E.limited}/products?q=saucer`, {
    headers: as('198.51.100.11'),
  });
  expect(other.status()).toBe(200);
});

test('no client spends more than its share of the daily budget', async ({ request }) => {
  const client = as('198.51.100.20');
  const ids: string[] = (
    await (
      await request.get(`${E2E.limited}/api/products?q=bag&pageSize=10`, {
        headers: as('198.51.100.29'),
      })
    ).json()
  ).data.items.map((i: { id: string }) => i.id);
  // 0.3 % of a budget of 2,000 calls: six distinct searches or offers a day.
  const statuses: number[] = [];
  for (const id of ids.slice(0, 8)) {
    statuses.push(
      (await request.get(`${E2E.limited}/api/products/${id}`, { headers: client })).status(),
    );
  }
  expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(statuses[6]).toBe(429);
  const refused = await request.get(`${E2E.limited}/api/products/${ids[7]}`, { headers: client });
  expect((await refused.json()).error.message).toContain('share of today');
});

test('sign-in guesses are limited per client', async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const res = await request.post(`${E2E.limited}/api/auth/admin`, {
      headers: { 'X-Forwarded-For': '198.51.100.30', Accept: 'application/json' },
      form: { token: `guess-${i}` },
      maxRedirects: 0,
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
  expect(statuses.slice(5)).toEqual([429, 429]);
});

test('a slow upstream gets a 504 within the deadline, retries included', async ({ request }) => {
  await fetch(`${E2E.gateway}/__fake/failures`, {
    method: 'POST',
    body: JSON.stringify({ api: 'product.search.keywordQuery', kind: 'slow', times: 100 }),
  });
  const before =
    (await (await fetch(`${E2E.gateway}/__fake/calls`)).json())['product.search.keywordQuery'] ?? 0;
  const started = Date.now();
  const res = await request.get(`${E2E.limited}/api/products?q=deadline`, {
    headers: as('198.51.100.40'),
    timeout: 20_000,
  });
  const took = Date.now() - started;
  expect(res.status()).toBe(504);
  // ALIBABA_DEADLINE_MS is 3.5 s here (timeout 2.5 s per attempt): an answer in time, two
  // attempts at most, never four timeouts in a row.
  expect(took).toBeLessThan(4_500);
  const after = (await (await fetch(`${E2E.gateway}/__fake/calls`)).json())[
    'product.search.keywordQuery'
  ];
  expect(after - before).toBeLessThanOrEqual(2);
});

test('a visitor’s /api/status says only what a visitor needs', async ({ request }) => {
  const visitor = await (await request.get(`${E2E.live}/api/status`)).json();
  expect(Object.keys(visitor.data).sort()).toEqual(
    ['checkedAt', 'configured', 'generatedAt', 'health', 'message', 'operator', 'source'].sort(),
  );
  const text = JSON.stringify(visitor);
  for (const secret of ['.data', 'token', 'quota', 'redis', 'pifa-test-buyer']) {
    expect(text.toLowerCase()).not.toContain(secret);
  }
  const operator = await (
    await request.get(`${E2E.live}/api/status`, { headers: operatorHeaders })
  ).json();
  expect(operator.data).toMatchObject({ operator: true, authorization: expect.any(Object) });
  // Asking as a visitor runs no probe.
  const before =
    (await (await fetch(`${E2E.gateway}/__fake/calls`)).json())['system.currentTime'] ?? 0;
  for (let i = 0; i < 5; i++) await request.get(`${E2E.live}/api/status`);
  const after =
    (await (await fetch(`${E2E.gateway}/__fake/calls`)).json())['system.currentTime'] ?? 0;
  expect(after).toBe(before);
});
