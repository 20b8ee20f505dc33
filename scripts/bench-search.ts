/**
 * Mock catalog benchmark: for 5,000, 50,000 and 100,000 offers, prints generation and index
 * build time, heap used, search latency p50/p99 (wall clock, and the CPU time of the search
 * itself, which a busy shared machine does not inflate) over a fixed list of queries (English,
 * Chinese, with and without filters and sorts, and the judged buyer queries), and search
 * quality over the judged queries (scripts/search-quality.ts): precision at 10 and the number
 * of queries with no results. Each size runs in its own process.
 *
 *   npm run bench            all sizes
 *   npm run bench -- 20000   one size
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { searchQuery, type SearchQuery } from '@/lib/domain/schemas';
import { generateCatalog } from '@/lib/mock/catalog';
import { createMockProvider } from '@/lib/mock/provider';
import { JUDGED, measureQuality } from './search-quality';

const SIZES = [5_000, 50_000, 100_000];
const ROUNDS = 20;

const KEYWORDS = [
  'phone',
  'phone case',
  'dress',
  'maxi dress',
  'yoga mat',
  'bag',
  'backpack',
  'sneakers',
  'led',
  'charger',
  'cable',
  'power bank',
  'earbuds',
  'toy',
  'building blocks',
  'plush',
  'lipstick',
  'serum',
  'gift box',
  'mailer bag',
  'tape',
  'wrench',
  'drill',
  'screw',
  'necklace',
  'earrings',
  'cat bed',
  'dog leash',
  'notebook',
  'gel pen',
  'tent',
  'dumbbell',
  'car seat cover',
  'dash cam',
  'stainless steel',
  'wholesale',
  'custom logo',
  'new',
  'phon',
  't-shirt',
  '手机壳',
  '连衣裙',
  '瑜伽垫',
  '充电宝',
  '积木',
  '口红',
  '快递袋',
  '螺丝刀',
  '项链',
  '猫窝',
  '帐篷',
  '批发',
];

function queries(categories: string[]): Partial<SearchQuery>[] {
  const out: Partial<SearchQuery>[] = [...KEYWORDS, ...JUDGED.map((j) => j.q)].map((q) => ({ q }));
  const sorts = ['price_asc', 'price_desc', 'sales', 'newest'] as const;
  KEYWORDS.slice(0, 20).forEach((q, i) =>
    out.push({ q, sort: sorts[i % 4], minPrice: 2, maxPrice: 80 }),
  );
  KEYWORDS.slice(20, 40).forEach((q, i) =>
    out.push({ q, maxMoq: 10, factoryOnly: i % 2 === 0, shipsIn48h: i % 3 === 0 }),
  );
  categories.forEach((category, i) => out.push({ category, sort: sorts[i % 4] }));
  out.push({}, { sort: 'price_asc' }, { shipsIn48h: true, sort: 'sales' }, { q: '', page: 50 });
  return out;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function runOne(size: number) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const catalog = generateCatalog({ size });
  const buildMs = performance.now() - t0;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const provider = createMockProvider(catalog);
  const cats = catalog.tree.roots.flatMap((r) => [
    r.id,
    r.children[0]!.id,
    r.children[0]!.children[0]!.id,
  ]);
  const list = queries(cats).map((q) => searchQuery.parse(q));
  for (const q of list) await provider.search(q); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of list) {
      const c = process.cpuUsage();
      const s = performance.now();
      await provider.search(q);
      times.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const quality = await measureQuality(provider);
  console.log(
    JSON.stringify({
      size,
      queries: list.length,
      judged: quality.queries,
      precisionAt10: quality.precisionAt10,
      zeroResults: quality.zeroResults,
      buildMs,
      heapMb,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      max: times[times.length - 1],
      cpuP50: percentile(cpu, 0.5),
      cpuP99: percentile(cpu, 0.99),
      load: loadavg()[0],
    }),
  );
}

const arg = process.argv[2];
if (arg) {
  await runOne(Number(arg));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('Mock catalog search benchmark (one process per size; heap measured after GC)');
  console.log(
    'Wall-clock times include waiting for a core on a busy machine; CPU times are the search alone.\n',
  );
  console.log(
    'offers    | generate + index | heap used | wall p50 | wall p99 | CPU p50  | CPU p99  | queries  | P@10  | no results | load',
  );
  console.log(
    '----------|------------------|-----------|----------|----------|----------|----------|----------|-------|------------|-----',
  );
  for (const size of SIZES) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', self, String(size)],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out.trim().split('\n').pop()!);
    console.log(
      `${String(r.size).padStart(9)} | ${(r.buildMs / 1000).toFixed(2).padStart(14)} s | ${r.heapMb.toFixed(0).padStart(6)} MB | ${r.p50.toFixed(3).padStart(5)} ms | ${r.p99.toFixed(3).padStart(5)} ms | ${r.cpuP50.toFixed(3).padStart(5)} ms | ${r.cpuP99.toFixed(3).padStart(5)} ms | ${r.queries} × ${ROUNDS} | ${r.precisionAt10.toFixed(3)} | ${`${r.zeroResults.length} of ${r.judged}`.padStart(10)} | ${r.load.toFixed(1)}`,
    );
    if (r.zeroResults.length) console.log(`  no results for: ${r.zeroResults.join(', ')}`);
  }
}
