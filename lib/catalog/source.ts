/**
 * THE seam: which provider serves, and why. Nothing else asks whether credentials are set.
 * A pure function of the configuration, so that proxy.ts can ask it too.
 */
import type { DataSource } from '@/lib/domain/schemas';
import type { ServerConfig } from './config';

export type SourceDecision = { source: DataSource; reason: string };

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
