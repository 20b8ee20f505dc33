/**
 * The catalog layer's public face: what pages and route handlers call. This module holds the
 * one decision in the app between the live 1688 gateway and the mock catalog.
 */
import 'server-only';
import { generateCatalog, type MockCatalog } from '@/lib/mock/catalog';
import { createMockProvider } from '@/lib/mock/provider';
import { readConfig, type ServerConfig } from './config';
import { CatalogError } from './errors';
import type { CatalogProvider } from './provider';
import { sanitizeDescription } from './sanitize';
import type { Category, DataSource, Product, SearchPage, SearchQuery } from './schemas';

export type SourceDecision = { source: DataSource; reason: string };

/** THE seam: which provider serves, and why. Nothing else asks whether credentials are set. */
export function decideSource(config: ServerConfig): SourceDecision {
  const hasKey = config.ALIBABA_APP_KEY !== undefined;
  const hasSecret = config.ALIBABA_APP_SECRET !== undefined;
  if (config.CATALOG_PROVIDER === 'mock') {
    return { source: 'mock', reason: 'CATALOG_PROVIDER=mock forces the mock catalog.' };
  }
  if (config.CATALOG_PROVIDER === 'live') {
    return { source: 'live', reason: 'CATALOG_PROVIDER=live forces the live 1688 gateway.' };
  }
  if (hasKey && hasSecret) {
    return { source: 'live', reason: 'ALIBABA_APP_KEY and ALIBABA_APP_SECRET are both set.' };
  }
  if (hasKey || hasSecret) {
    return {
      source: 'mock',
      reason: `${hasKey ? 'ALIBABA_APP_SECRET' : 'ALIBABA_APP_KEY'} is missing, so the mock catalog serves.`,
    };
  }
  return { source: 'mock', reason: 'API credentials not configured.' };
}

type Memo = { key: string; provider: CatalogProvider; decision: SourceDecision };
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

function unavailableLiveProvider(): CatalogProvider {
  const fail = async (): Promise<never> => {
    throw new CatalogError(
      'not_configured',
      'The live 1688 provider is not available in this build.',
      {
        hint: 'Remove ALIBABA_APP_KEY / ALIBABA_APP_SECRET or set CATALOG_PROVIDER=mock to browse the mock catalog.',
      },
    );
  };
  return { source: 'live', search: fail, getProduct: fail, getCategories: fail };
}

function currentProvider(): Memo {
  const config = readConfig();
  const decision = decideSource(config);
  const key = `${decision.source}:${config.MOCK_CATALOG_SEED}:${config.MOCK_CATALOG_SIZE}`;
  if (memo.__pifaProvider?.key !== key) {
    const provider =
      decision.source === 'mock'
        ? createMockProvider(getMockCatalog(config))
        : unavailableLiveProvider();
    memo.__pifaProvider = { key, provider, decision };
  }
  return memo.__pifaProvider;
}

export function getDataSource(): SourceDecision {
  return currentProvider().decision;
}

export async function searchProducts(query: SearchQuery): Promise<SearchPage> {
  return currentProvider().provider.search(query);
}

export async function getProduct(id: string): Promise<Product | null> {
  const { provider } = currentProvider();
  const product = await provider.getProduct(id);
  if (!product) return null;
  return { ...product, description: sanitizeDescription(product.description, provider.source) };
}

export async function getCategories(): Promise<Category[]> {
  return currentProvider().provider.getCategories();
}

export function getDisplayRates() {
  return readConfig().rates;
}
