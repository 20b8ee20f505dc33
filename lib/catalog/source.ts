/**
 * THE seam: which provider serves, and why. Nothing else asks whether credentials are set.
 * A pure function of the configuration, so that proxy.ts can ask it too.
 */
import type { DataSource } from '@/lib/domain/schemas';
import type { ServerConfig } from './config';

/** Why the source was chosen, as a stable code (pages word it) and in English (the API's). */
export type SourceReason =
  | 'forced_mock'
  | 'forced_live'
  | 'credentials'
  | 'secret_missing'
  | 'key_missing'
  | 'not_configured';

export type SourceDecision = { source: DataSource; code: SourceReason; reason: string };

export function decideSource(config: ServerConfig): SourceDecision {
  const hasKey = config.ALIBABA_APP_KEY !== undefined;
  const hasSecret = config.ALIBABA_APP_SECRET !== undefined;
  if (config.CATALOG_PROVIDER === 'mock') {
    return {
      source: 'mock',
      code: 'forced_mock',
      reason: 'CATALOG_PROVIDER=mock forces the mock catalog.',
    };
  }
  if (config.CATALOG_PROVIDER === 'live') {
    return {
      source: 'live',
      code: 'forced_live',
      reason: 'CATALOG_PROVIDER=live forces the live 1688 gateway.',
    };
  }
  if (hasKey && hasSecret) {
    return {
      source: 'live',
      code: 'credentials',
      reason: 'ALIBABA_APP_KEY and ALIBABA_APP_SECRET are both set.',
    };
  }
  if (hasKey || hasSecret) {
    return {
      source: 'mock',
      code: hasKey ? 'secret_missing' : 'key_missing',
      reason: `${hasKey ? 'ALIBABA_APP_SECRET' : 'ALIBABA_APP_KEY'} is missing, so the mock catalog serves.`,
    };
  }
  return { source: 'mock', code: 'not_configured', reason: 'API credentials not configured.' };
}
