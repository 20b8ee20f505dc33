/**
 * Load benchmark (`npm run bench:load`): the built app in live mode against the fake 1688
 * gateway with a realistic upstream latency, driven by autocannon on loopback. Prints:
 *  - throughput and p50/p99 of a cached product page, a cached search page and /api/products,
 *    directly from Next.js and through nginx (deploy/nginx.conf), each as a ratio to a static
 *    file served the same way in the same run (Next's public/ folder; nginx from disk);
 *  - upstream calls for 100 concurrent identical cold requests (target 1);
 *  - upstream calls for a replayed trace of 2,000 page views over 200 keys (Zipf), target ≤ 200;
 *  - the same trace over two instances sharing one Redis (target still ≤ 200).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { startFakeGateway } from '../tests/fake-gateway/server';
import { startNginx } from '../tests/nginx/nginx';
import { startRedis } from '../tests/setup/redis';
import { ensureBuild, startApp as startAppOn } from './app-process';

const LATENCY_MS = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 300);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

ensureBuild();

const gateway = await startFakeGateway({ latencyMs: LATENCY_MS });
const upstream = () => gateway.calls();
const searchCalls = () => upstream()['product.search.keywordQuery'] ?? 0;
const totalCalls = () => Object.values(upstream()).reduce((a, b) => a + b, 0);

const startApp = (port: number, extra: Record<string, string> = {}) =>
  startAppOn(port, gateway.apiUrl, extra);

async function load(url: string): Promise<Result> {
  // As a browser asks for a page.
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { accept: 'text/html' },
  });
}

/** Requests a page and reads it to the end (pages stream: headers come before the work is done). */
async function warm(url: string): Promise<void> {
  await (await fetch(url)).text();
}

/** Zipf-distributed keys: rank r drawn with probability ∝ 1/r. */
function zipfTrace(keys: string[], views: number, seed = 1688): string[] {
  const weights = keys.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: views }, () => {
    let x = random() * total;
    for (let i = 0; i < keys.length; i++) if ((x -= weights[i]!) <= 0) return keys[i]!;
    return keys[keys.length - 1]!;
  });
}

async function replay(
  bases: string[],
  paths: string[],
  concurrency = 20,
): Promise<{ errors: number; ms: number }> {
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const i = next++;
        const res = await fetch(bases[i % bases.length]! + paths[i]!).catch(() => null);
        if (!res || res.status !== 200) errors++;
        await res?.arrayBuffer();
      }
    }),
  );
  return { errors, ms: performance.now() - started };
}

const WORDS = gateway.catalog.tree.leaves.flatMap((leaf) =>
  leaf.nouns.map((n) => n.en.toLowerCase()),
);
const KEYS = [...new Set(WORDS)].slice(0, 200).map((q) => `/products?q=${encodeURIComponent(q)}`);
const TRACE = zipfTrace(KEYS, 2_000);
const fmt = (n: number) => n.toFixed(0).padStart(6);

console.log(
  `pifa load benchmark · upstream latency ${LATENCY_MS} ms · ${CONNECTIONS} connections × ${DURATION_S} s · loopback\n`,
);

// 1. Throughput of cached pages against a static file, directly and through nginx.
const a = await startApp(3301);
const product = (await (await fetch(`${a.url}/api/products?q=phone&pageSize=1`)).json()).data
  .items[0].id;
const productPage = `/products/${product}`;
const searchPage = '/products?q=phone';
const scratch = mkdtempSync(join(tmpdir(), 'pifa-bench-'));
const staticDir = join(scratch, 'static');
execFileSync('mkdir', ['-p', staticDir]);
// For each target, nginx also serves a copy of its answer from disk: the same bytes both ways.
const copies = [productPage, searchPage, '/api/products?q=phone'];
for (const [i, path] of copies.entries()) {
  writeFileSync(join(staticDir, `copy-${i}`), await (await fetch(a.url + path)).text());
}
const nginx = startNginx({ port: 3309, upstreams: ['127.0.0.1:3301'], dir: scratch, staticDir });
const viaNginx = 'http://127.0.0.1:3309';
for (let i = 0; i < 40; i++) {
  if (
    await fetch(`${viaNginx}/__static/page.html`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await sleep(250);
}
for (const base of [a.url, viaNginx]) {
  await warm(base + productPage);
  await warm(base + searchPage);
  await warm(`${base}/api/products?q=phone`);
}
const targets = [
  ['cached product page', productPage],
  ['cached search page', searchPage],
  ['GET /api/products', '/api/products?q=phone'],
] as const;
type Row = { name: string; r: Result; ratio: number };
const errorsOf = (r: Result) => r.errors + r.timeouts + r.non2xx;
const print = (title: string, rows: Row[]) => {
  console.log(`\n${title}`);
  console.log('target                           |  req/s | ratio | p50 ms | p99 ms | errors');
  console.log('---------------------------------|--------|-------|--------|--------|-------');
  for (const { name, r, ratio } of rows) {
    console.log(
      `${name.padEnd(32)} | ${fmt(r.requests.average)} | ${ratio.toFixed(2).padStart(5)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${errorsOf(r)}`,
    );
  }
};
// Directly: against a static file from Next's public/ folder.
const robots = await load(`${a.url}/robots.txt`);
const direct: Row[] = [{ name: 'static file (/robots.txt)', r: robots, ratio: 1 }];
for (const [name, path] of targets) {
  const r = await load(a.url + path);
  direct.push({ name, r, ratio: r.requests.average / robots.requests.average });
}
// Through nginx: each cached answer against nginx sending the same bytes from disk.
const proxied: Row[] = [];
for (const [i, [name, path]] of targets.entries()) {
  const disk = await load(`${viaNginx}/__static/copy-${i}`);
  const r = await load(viaNginx + path);
  proxied.push({ name: `${name}: same bytes from disk`, r: disk, ratio: 1 });
  proxied.push({ name, r, ratio: r.requests.average / disk.requests.average });
}
nginx.kill('SIGQUIT');
print('Directly from Next.js (next start), ratio to a static file', direct);
print(
  'Through nginx (deploy/nginx.conf), ratio to nginx sending the same bytes from disk',
  proxied,
);

// 2. 100 concurrent identical cold requests.
const before = searchCalls();
await Promise.all(
  Array.from({ length: 100 }, () =>
    fetch(`${a.url}/api/products?q=coffee%20mug%20cold`).then((r) => r.arrayBuffer()),
  ),
);
const coldCalls = searchCalls() - before;
console.log(`\n100 concurrent identical cold requests: ${coldCalls} upstream call(s) (target 1)`);

// 3. A Zipf trace of 2,000 page views over 200 keys, one instance.
await warm(`${a.url}/categories`); // the category tree is site-wide and warmed once
const before3 = totalCalls();
const one = await replay([a.url], TRACE);
const traceCalls = totalCalls() - before3;
console.log(
  `Trace of 2,000 page views over 200 keys (Zipf), one instance: ${traceCalls} upstream calls (target ≤ 200), ${one.errors} errors, ${(one.ms / 1000).toFixed(1)} s`,
);
await a.stop();

// 4. The same trace over two instances sharing one Redis.
const redis = await startRedis();
const b = await startApp(3302, { REDIS_URL: redis.url });
const c = await startApp(3303, { REDIS_URL: redis.url });
await warm(`${b.url}/categories`);
await warm(`${c.url}/categories`);
const before4 = totalCalls();
const two = await replay([b.url, c.url], TRACE);
const sharedCalls = totalCalls() - before4;
console.log(
  `Same trace over two instances sharing one Redis: ${sharedCalls} upstream calls (target ≤ 200), ${two.errors} errors`,
);
if (process.env.BENCH_DEBUG) {
  console.log(JSON.stringify(upstream()));
  for (const inst of [b, c]) {
    const s = (await (await fetch(`${inst.url}/api/status`)).json()).data;
    console.log(JSON.stringify({ cache: s.cache, redis: s.redis }));
  }
}
await Promise.all([b.stop(), c.stop()]);
await redis.kill();
await gateway.close();

const pageRatios = [proxied[1]!.ratio, proxied[3]!.ratio];
const allErrors =
  [...direct, ...proxied].reduce((n, { r }) => n + errorsOf(r), 0) + one.errors + two.errors;
console.log('\nTargets:');
console.log(
  `  through nginx, cached pages ≥ 90% of nginx serving a static file: ${pageRatios.map((x) => `${(x * 100).toFixed(0)}%`).join(', ')} ${pageRatios.every((x) => x >= 0.9) ? 'met' : 'NOT met'}`,
);
console.log(
  `  100 cold identical requests → 1 upstream call: ${coldCalls} ${coldCalls === 1 ? 'met' : 'NOT met'}`,
);
console.log(
  `  trace ≤ 200 upstream calls: ${traceCalls} ${traceCalls <= 200 ? 'met' : 'NOT met'}; with two instances and Redis: ${sharedCalls} ${sharedCalls <= 200 ? 'met' : 'NOT met'}`,
);
console.log(`  no errors: ${allErrors} ${allErrors === 0 ? 'met' : 'NOT met'}`);
process.exit(0);
