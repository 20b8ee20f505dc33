/**
 * Quota benchmark (`npm run bench:quota`): what the 1688 quota pays for. Prints
 *  1. a cold home page (fresh start, empty data directory) against the fake gateway answering
 *     in 300 ms: its time and upstream calls (targets ≤ 1.5 s and ≤ 5 calls), median of 5 starts;
 *  2. a warm restart (same data directory): category calls for the home page, the category
 *     list, a category and a product page (target 0);
 *  3. a day of traffic replayed (scripts/quota-day.ts): 100,000 views, Zipf over 200,000
 *     offers and 100,000 searches, upstream calls per view with a product lifetime of 1 minute
 *     and searches of 5 minutes (before) and of 6 hours and 1 hour (now), target ≤ 0.5.
 * Options: --views N (default 100000), --only cold|day, --lifetimes now (skip "before"). Probes are off (PROBE_INTERVAL_MIN=0)
 * so that only the storefront's own calls are counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '@/lib/mock/random';
import { startFakeGateway } from '../tests/fake-gateway/server';
import { type AppProcess, ensureBuild, startApp } from './app-process';
import { replayDay, searchesOf, shuffled } from './quota-day';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const VIEWS = Number(arg('views') ?? 100_000);
const ONLY = arg('only');
const ONLY_NOW = arg('lifetimes') === 'now';
const PORT = 3341;
const STARTS = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = new Intl.NumberFormat('en-US');

async function read(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

async function coldAndWarm() {
  ensureBuild();
  const gateway = await startFakeGateway({ latencyMs: 300 });
  const category = (c: Record<string, number>) =>
    (c['category.translation.getById'] ?? 0) + (c['alibaba.category.get'] ?? 0);
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  console.log('1. Cold home page: fresh start, empty data directory, gateway answering in 300 ms');
  const runs: { ms: number; calls: number }[] = [];
  let dir = '';
  let app: AppProcess | null = null;
  for (let run = 1; run <= STARTS; run++) {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'pifa-quota-'));
    app = await startApp(PORT, gateway.apiUrl, { PIFA_DATA_DIR: dir, PROBE_INTERVAL_MIN: '0' });
    gateway.reset();
    const ms = await read(`${app.url}/`);
    const calls = gateway.calls();
    runs.push({ ms, calls: total(calls) });
    console.log(
      `   start ${run}: ${(ms / 1000).toFixed(2)} s, ${total(calls)} calls ${JSON.stringify(calls)}`,
    );
    if (run < STARTS) await app.stop();
  }
  const pages = ['/', '/categories', '/products?category=107'];
  const first = await (await fetch(`${app!.url}/api/products?q=dress&pageSize=1`)).json();
  pages.push(`/products/${first.data.items[0].id}`);
  for (const path of pages) await read(app!.url + path);
  await sleep(1000); // the category tree is saved a moment after it changes
  await app!.stop();
  app = await startApp(PORT, gateway.apiUrl, { PIFA_DATA_DIR: dir, PROBE_INTERVAL_MIN: '0' });
  gateway.reset();
  for (const path of pages) await read(app.url + path);
  const warm = gateway.calls();
  await app.stop();
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `2. Warm restart (same data directory), ${pages.join(', ')}: ${category(warm)} category calls ${JSON.stringify(warm)}`,
  );
  const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
  const calls = Math.max(...runs.map((r) => r.calls));
  return { median, calls, warm: category(warm) };
}

async function day() {
  const gateway = await startFakeGateway({ catalogSize: 25_000, offerCopies: 8 });
  const random = new Random(7);
  const offerIds = shuffled(
    gateway.catalog.summaries.flatMap((s) =>
      [1, 2, 3, 4, 5, 6, 7].reduce((ids, c) => [...ids, `${c}${s.id}`], [s.id]),
    ),
    random,
  );
  const searches = searchesOf(gateway, 100_000, random);
  console.log(
    `3. A day replayed: ${count.format(VIEWS)} views (5 % home, 45 % search and category pages, 50 % product pages, 3 % of these followed by a fresh price check), Zipf over ${count.format(offerIds.length)} offers and ${count.format(searches.length)} searches, catalog cache 64 MB`,
  );
  const results = [];
  const runs = [
    ['before (search 5 min, product 1 min)', 300, 60],
    ['now (search 1 h, product 6 h)', 3_600, 21_600],
  ] as const;
  for (const [label, searchTtlS, productTtlS] of ONLY_NOW ? runs.slice(1) : runs) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pifa-day-'));
    const r = await replayDay(gateway, offerIds, searches, {
      views: VIEWS,
      productTtlS,
      searchTtlS,
      actShare: 0.03,
      cacheMb: 64,
      dataDir,
    });
    rmSync(dataDir, { recursive: true, force: true });
    results.push(r);
    console.log(
      `   ${label}: ${count.format(r.total)} calls, ${r.perView.toFixed(3)} per view (${r.seconds.toFixed(0)} s) ${JSON.stringify(r.calls)}`,
    );
  }
  await gateway.close();
  return results[results.length - 1]!;
}

console.log('pifa quota benchmark · fake 1688 gateway on loopback\n');
const cold = ONLY === 'day' ? null : await coldAndWarm();
const replay = ONLY === 'cold' ? null : await day();
console.log('\nTargets:');
if (cold) {
  const { median, calls, warm } = cold;
  console.log(
    `  cold home ≤ 1.5 s and ≤ 5 calls: median ${(median.ms / 1000).toFixed(2)} s, at most ${calls} calls ${median.ms <= 1500 && calls <= 5 ? 'met' : 'NOT met'}`,
  );
  console.log(`  warm restart 0 category calls: ${warm} ${warm === 0 ? 'met' : 'NOT met'}`);
}
if (replay) {
  console.log(
    `  ≤ 0.5 upstream calls per view over the day: ${replay.perView.toFixed(3)} ${replay.perView <= 0.5 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  daily quota for this traffic: about ${count.format(Math.ceil(replay.total / 1000) * 1000)} calls (${(replay.perView * 1000).toFixed(0)} per 1,000 views)`,
  );
}
process.exit(0);
