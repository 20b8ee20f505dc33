/**
 * Lighthouse benchmark (`npm run bench:lighthouse`): scores pifa's pages and a bare Next.js page
 * built in the same run, with Lighthouse's mobile preset in Debian's Chromium, and prints
 * performance, accessibility, best practices, SEO and layout shift for each. Targets: pifa's
 * performance at most 2 points below the bare page; accessibility, best practices and SEO 1.00
 * and layout shift ≤ 0.01 in every run. Each page is scored three times (BENCH_RUNS), the pages
 * taking turns (one run of every page, then the next round), so that a slower minute of a shared
 * machine falls on all of them. The table shows the median run's performance with its paint and
 * blocking-time estimates, the lowest and highest performance, and the worst accessibility,
 * best practices, SEO and layout shift of all runs. A second reference page, the search page's
 * elements and styles without pifa's client code (lighthouse-floor.ts), says how much of the
 * gap is the page's size and how much its scripts.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildApp, buildFloor } from './lighthouse-floor';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(`${url} did not start`);
}

/** A bare App Router page of about the same text, built with the same Next.js. */
function buildBare(): string {
  return buildApp('bare', env, {
    'app/layout.tsx': `export const metadata = { title: 'Bare page', description: 'A bare Next.js page to compare against.' };
export default function L({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}`,
    'app/page.tsx': `export default function P() {
  return <main><h1>Buy wholesale from Chinese factories, in English.</h1><p>Search 1688.com by keyword or category.</p></main>;
}`,
  });
}

function start(command: string, args: string[], cwd: string, extra = {}): ChildProcess {
  return spawn(command, args, { cwd, env: { ...env, ...extra }, stdio: 'ignore' });
}

type Score = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** First and largest contentful paint and total blocking time, ms (Lighthouse's estimates). */
  fcp: number;
  lcp: number;
  tbt: number;
};

async function runOnce(url: string, port: number): Promise<Score> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result!.lhr;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: lhr.categories.accessibility?.score ?? 0,
    bestPractices: lhr.categories['best-practices']?.score ?? 0,
    seo: lhr.categories.seo?.score ?? 0,
    cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0),
    fcp: Number(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
    lcp: Number(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: Number(lhr.audits['total-blocking-time']?.numericValue ?? 0),
  };
}

/**
 * The median run by performance, with the lowest and highest performance, and the worst
 * accessibility, best practices, SEO (lowest) and layout shift (highest) of all runs.
 */
function summary(runs: Score[]): { s: Score; low: number; high: number } {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const worst = (key: 'accessibility' | 'bestPractices' | 'seo') =>
    Math.min(...runs.map((r) => r[key]));
  return {
    s: {
      ...sorted[Math.floor(sorted.length / 2)]!,
      accessibility: worst('accessibility'),
      bestPractices: worst('bestPractices'),
      seo: worst('seo'),
      cls: Math.max(...runs.map((r) => r.cls)),
    },
    low: sorted[0]!.performance,
    high: sorted.at(-1)!.performance,
  };
}

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found: running next build first…');
  execFileSync('node_modules/.bin/next', ['build'], { env, stdio: 'inherit' });
}
console.log('Building a bare Next.js page to compare against…');
const bareDir = buildBare();
const bare = start('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', '3501'], bareDir);
const pifa = start('node', ['server/index.mjs', '-H', '127.0.0.1', '-p', '3502'], process.cwd(), {
  ALIBABA_APP_KEY: '',
  ALIBABA_APP_SECRET: '',
  CATALOG_PROVIDER: 'mock',
  NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3502',
});
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
});
let floor: ChildProcess | null = null;
try {
  await waitFor('http://127.0.0.1:3501/');
  await waitFor('http://127.0.0.1:3502/api/categories');
  const id = (await (await fetch('http://127.0.0.1:3502/api/products?q=phone&pageSize=1')).json())
    .data.items[0].id;
  const search = 'http://127.0.0.1:3502/products?q=phone';
  await (await fetch(search)).text();
  console.log('Building the search page’s elements as a page without client code…');
  const floorDir = await buildFloor(search, 'http://127.0.0.1:3502', env);
  floor = start('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', '3503'], floorDir);
  await waitFor('http://127.0.0.1:3503/');
  const pages: [string, string][] = [
    ['bare Next.js page', 'http://127.0.0.1:3501/'],
    ['search, no client', 'http://127.0.0.1:3503/'],
    ['pifa home', 'http://127.0.0.1:3502/'],
    ['pifa search', search],
    ['pifa product', `http://127.0.0.1:3502/products/${id}`],
    ['pifa categories', 'http://127.0.0.1:3502/categories'],
  ];
  // Warm each page once (first renders fill the page cache), as visitors after the first find it.
  for (const [, url] of pages) await (await fetch(url)).text();
  const runs: Score[][] = pages.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, [, url]] of pages.entries()) runs[i]!.push(await runOnce(url, chrome.port));
  }
  const rows = pages.map(([name], i) => ({ name, ...summary(runs[i]!) }));
  const base = rows[0]!.s.performance;
  console.log(
    `\nLighthouse 12 (mobile preset), median of ${RUNS} runs, Debian's Chromium, loopback\n`,
  );
  console.log(
    'page               | perf | low–high | vs bare | a11y | best pr. |  SEO |   CLS |     FCP |     LCP |     TBT',
  );
  console.log(
    '-------------------|------|----------|---------|------|----------|------|-------|---------|---------|--------',
  );
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(7);
  for (const { name, s, low, high } of rows) {
    console.log(
      `${name.padEnd(18)} | ${String(s.performance).padStart(4)} | ${`${low}–${high}`.padStart(8)} | ${String(s.performance - base).padStart(7)} | ${s.accessibility.toFixed(2)} | ${s.bestPractices.toFixed(2).padStart(8)} | ${s.seo.toFixed(2)} | ${s.cls.toFixed(3)} | ${ms(s.fcp)} | ${ms(s.lcp)} | ${ms(s.tbt)}`,
    );
  }
  console.log(
    '\n"search, no client": the search page’s elements and stylesheet, served by the same Next.js\nwithout pifa’s client code (scripts/lighthouse-floor.ts).',
  );
  const ours = rows.slice(2);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nTargets:');
  console.log(
    `  performance within 2 points of the bare page: ${met(ours.every((r) => r.s.performance >= base - 2))}`,
  );
  console.log(
    `  accessibility, best practices and SEO 1.00 in every run: ${met(ours.every((r) => r.s.accessibility === 1 && r.s.bestPractices === 1 && r.s.seo === 1))}`,
  );
  console.log(`  layout shift ≤ 0.01 in every run: ${met(ours.every((r) => r.s.cls <= 0.01))}`);
} finally {
  await chrome.kill();
  bare.kill();
  pifa.kill();
  floor?.kill();
}
process.exit(0);
