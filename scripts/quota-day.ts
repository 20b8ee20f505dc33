/**
 * A day of storefront traffic replayed against the fake 1688 gateway, in minutes: page views
 * drawn from Zipf distributions over a long tail of offers and searches, each view calling
 * exactly what its page calls (lib/catalog/page-data.ts) through the live catalog service
 * (cache, quota guard, signed client, live provider), with the caches' clock advanced through
 * the simulated day. The result is upstream calls per view, in all and by kind.
 */
import { createLiveContext } from '@/lib/catalog/live';
import { readConfig } from '@/lib/catalog/config';
import { homePageData, productPageData, searchPageData } from '@/lib/catalog/page-data';
import { createCatalogService } from '@/lib/catalog/service';
import { type SearchQuery, searchQuery } from '@/lib/domain/schemas';
import { Random } from '@/lib/mock/random';
import type { FakeGateway } from '../tests/fake-gateway/server';
import { FAKE_ACCESS_TOKEN, FAKE_APP_KEY, FAKE_APP_SECRET } from '../tests/fake-gateway/server';

export type DayOptions = {
  views: number;
  /** Product lifetime in seconds (the text, pictures, attributes, supplier of an offer). */
  productTtlS: number;
  searchTtlS: number;
  /** Share of product views on which the buyer acts (adds to a list, compares…). */
  actShare: number;
  cacheMb: number;
  dataDir: string;
};

export type DayResult = {
  views: Record<'home' | 'search' | 'product' | 'act', number>;
  calls: Record<string, number>;
  total: number;
  perView: number;
  seconds: number;
};

const DAY_S = 86_400;

/** Draws ranks 0…n-1 with probability ∝ 1/(rank+1). */
function zipf(n: number, random: Random): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / (i + 1);
  return () => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function shuffled<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `count` distinct searches, the plainest first (page 1, best match, no filter) as people
 * search: keywords in English and Chinese, category browsing, sorts, filters, later pages.
 */
export function searchesOf(gateway: FakeGateway, count: number, random: Random): SearchQuery[] {
  const leaves = gateway.catalog.tree.leaves;
  const words = shuffled(
    [...new Set(leaves.flatMap((l) => l.nouns.flatMap((n) => [n.en.toLowerCase(), n.zh])))],
    random,
  );
  const categories = shuffled([...gateway.catalog.tree.byId.keys()], random);
  const sorts = ['relevance', 'sales', 'price_asc', 'price_desc'] as const;
  const filters: Partial<SearchQuery>[] = [
    {},
    { shipsIn48h: true },
    { factoryOnly: true },
    { maxMoq: 10 },
    { minPrice: 5, maxPrice: 50 },
  ];
  const out: SearchQuery[] = [];
  const seen = new Set<string>();
  for (let page = 1; out.length < count && page <= 50; page++) {
    for (const filter of filters) {
      for (const sort of sorts) {
        const subjects = [
          ...words.map((q) => ({ q })),
          ...categories.map((category) => ({ category })),
          ...words
            .slice(0, 200)
            .map((q, i) => ({ q: `${q} ${words[(i * 7 + 3) % words.length]}` })),
        ];
        for (const subject of subjects) {
          const query = searchQuery.parse({ ...subject, ...filter, sort, page });
          const key = JSON.stringify(query);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(query);
          if (out.length >= count) return out;
        }
      }
    }
  }
  return out;
}

export async function replayDay(
  gateway: FakeGateway,
  offerIds: string[],
  searches: SearchQuery[],
  options: DayOptions,
): Promise<DayResult> {
  let now = Date.UTC(2026, 0, 5, 0, 0, 0);
  const config = readConfig({
    NODE_ENV: 'production',
    ALIBABA_APP_KEY: FAKE_APP_KEY,
    ALIBABA_APP_SECRET: FAKE_APP_SECRET,
    ALIBABA_ACCESS_TOKEN: FAKE_ACCESS_TOKEN,
    ALIBABA_API_URL: gateway.apiUrl,
    PIFA_DATA_DIR: options.dataDir,
    ALIBABA_MAX_CALLS_PER_SECOND: '1000',
    CACHE_TTL_PRODUCT_S: String(options.productTtlS),
    CACHE_TTL_SEARCH_S: String(options.searchTtlS),
    CACHE_MAX_MB: String(options.cacheMb),
  });
  const quiet = { info: () => {}, warn: () => {} };
  const live = createLiveContext(
    { ...config, ALIBABA_APP_KEY: FAKE_APP_KEY, ALIBABA_APP_SECRET: FAKE_APP_SECRET },
    { now: () => now, logger: quiet },
  );
  const catalog = createCatalogService(() => ({ key: 'live', provider: live.provider, live }));
  const random = new Random(1688);
  const product = zipf(offerIds.length, random);
  const search = zipf(searches.length, random);
  const views = { home: 0, search: 0, product: 0, act: 0 };
  const started = performance.now();
  gateway.reset();
  for (let i = 0; i < options.views; i++) {
    now += (DAY_S * 1000) / options.views;
    const kind = random.next();
    if (kind < 0.05) {
      views.home++;
      await homePageData(catalog);
    } else if (kind < 0.5) {
      views.search++;
      await searchPageData(searches[search()]!, catalog);
    } else {
      views.product++;
      const id = offerIds[product()]!;
      await productPageData(id, catalog);
      if (random.next() < options.actShare) {
        views.act++;
        await catalog.getOfferState(id);
      }
    }
    await live.cache.whenIdle();
  }
  const calls = gateway.calls();
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  await live.redis?.close();
  return {
    views,
    calls,
    total,
    perView: total / options.views,
    seconds: (performance.now() - started) / 1000,
  };
}
