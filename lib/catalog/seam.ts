/**
 * THE seam: the one decision in the app between the live 1688 gateway and the mock catalog,
 * and the provider it picks (built once per configuration). lib/catalog's public functions
 * (index.ts, through the service in service.ts) all reach the catalog from here.
 */
import 'server-only';
import { generateCatalog, type MockCatalog } from '@/lib/mock/catalog';
import { createMockProvider } from '@/lib/mock/provider';
import { readConfig, type ServerConfig } from './config';
import { AppError } from '@/lib/domain/errors';
import type { CatalogProvider } from '@/lib/domain/provider';
import { LIVE_CAPABILITIES } from '@/lib/gateway/search';
import { createLiveContext, type LiveContext } from './live';
import { decideSource, type SourceDecision } from './source';

export { decideSource, type SourceDecision };

type Memo = {
  key: string;
  provider: CatalogProvider;
  decision: SourceDecision;
  live: LiveContext | null;
};
const memo = globalThis as typeof globalThis & {
  __pifaProvider?: Memo;
  __pifaMockCatalog?: { key: string; catalog: MockCatalog };
};

export function getMockCatalog(config: ServerConfig = readConfig()): MockCatalog {
  const key = `${config.MOCK_CATALOG_SEED}:${config.MOCK_CATALOG_SIZE}`;
  if (memo.__pifaMockCatalog?.key !== key) {
    const catalog = generateCatalog({
      seed: config.MOCK_CATALOG_SEED,
      size: config.MOCK_CATALOG_SIZE,
    });
    memo.__pifaMockCatalog = { key, catalog };
  }
  return memo.__pifaMockCatalog.catalog;
}

/** CATALOG_PROVIDER=live without credentials: every call says what is missing. */
function unconfiguredLiveProvider(): CatalogProvider {
  const fail = async (): Promise<never> => {
    throw new AppError(
      'not_configured',
      'CATALOG_PROVIDER=live, but the 1688 App Key or App Secret is not set.',
      {
        hint: 'Set ALIBABA_APP_KEY and ALIBABA_APP_SECRET in .env.local (or CATALOG_PROVIDER=mock) and restart the server.',
      },
    );
  };
  return {
    source: 'live',
    capabilities: LIVE_CAPABILITIES,
    search: fail,
    getProduct: fail,
    getTopCategories: fail,
    getCategory: fail,
    suggest: fail,
    getSupplier: fail,
    searchSupplier: fail,
    uploadImage: fail,
    searchByImage: fail,
  };
}

export function currentProvider(): Memo {
  const config = readConfig();
  const decision = decideSource(config);
  const key = [
    decision.source,
    config.MOCK_CATALOG_SEED,
    config.MOCK_CATALOG_SIZE,
    config.ALIBABA_APP_KEY,
    config.ALIBABA_API_URL,
    config.PIFA_DATA_DIR,
  ].join(':');
  if (memo.__pifaProvider?.key !== key) {
    const { ALIBABA_APP_KEY: appKey, ALIBABA_APP_SECRET: appSecret } = config;
    const live =
      decision.source === 'live' && appKey && appSecret
        ? createLiveContext({ ...config, ALIBABA_APP_KEY: appKey, ALIBABA_APP_SECRET: appSecret })
        : null;
    const provider =
      decision.source === 'mock'
        ? createMockProvider(getMockCatalog(config))
        : (live?.provider ?? unconfiguredLiveProvider());
    memo.__pifaProvider = { key, provider, decision, live };
  }
  return memo.__pifaProvider;
}

export function getDataSource(): SourceDecision {
  return currentProvider().decision;
}

/** Live mode's client, tokens and provider; null when the mock catalog serves. */
export function getLiveContext(): LiveContext | null {
  return currentProvider().live;
}

/**
 * The serving backend answering in a language of 1688's: live, the provider asked for titles in
 * that language (its own cache entries); mock, the one catalog (English with the Chinese).
 */
export function backendIn(language: string) {
  const memo = currentProvider();
  if (!memo.live || language === 'en') return { ...memo, language: 'en' };
  return {
    ...memo,
    key: `${memo.key}:${language}`,
    provider: memo.live.providerIn(language),
    language,
  };
}
