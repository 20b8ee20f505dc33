/**
 * Everything live mode needs, built together from the configuration: the token manager (OAuth
 * tokens on disk, or the environment's token), the gateway client that every catalog call
 * uses, a single-attempt client for diagnostics probes, and the live provider.
 */
import 'server-only';
import { resolve } from 'node:path';
import { GatewayClient, type GatewayOptions } from '@/lib/gateway/client';
import { OAuthClient } from '@/lib/gateway/oauth';
import { createLiveProvider, type LiveProvider } from '@/lib/gateway/provider';
import { TokenManager } from '@/lib/gateway/token-manager';
import { recordCall } from '@/lib/status/recorder';
import { FileTokenStore } from '@/lib/store/file-token-store';
import type { ServerConfig } from './config';

export type LiveContext = {
  client: GatewayClient;
  probeClient: GatewayClient;
  oauth: OAuthClient;
  tokens: TokenManager;
  provider: LiveProvider;
};

const serverLogger = {
  info: (line: string) => console.info(line),
  warn: (line: string) => console.warn(line),
};

export function createLiveContext(
  config: ServerConfig & { ALIBABA_APP_KEY: string; ALIBABA_APP_SECRET: string },
): LiveContext {
  const oauth = new OAuthClient({
    appKey: config.ALIBABA_APP_KEY,
    appSecret: config.ALIBABA_APP_SECRET,
    baseUrl: config.ALIBABA_API_URL,
    timeoutMs: config.ALIBABA_TIMEOUT_MS,
  });
  const tokens = new TokenManager({
    store: new FileTokenStore(resolve(process.cwd(), config.PIFA_DATA_DIR)),
    oauth,
    envToken: config.ALIBABA_ACCESS_TOKEN,
  });
  const shared: GatewayOptions = {
    appKey: config.ALIBABA_APP_KEY,
    appSecret: config.ALIBABA_APP_SECRET,
    baseUrl: config.ALIBABA_API_URL,
    accessToken: () => tokens.accessToken(),
    onUnauthorized: (rejected) => tokens.onUnauthorized(rejected),
    timeoutMs: config.ALIBABA_TIMEOUT_MS,
  };
  const client = new GatewayClient({ ...shared, logger: serverLogger });
  const probeClient = new GatewayClient({
    ...shared,
    maxAttempts: 1,
    timeoutMs: Math.min(config.ALIBABA_TIMEOUT_MS, 8_000),
  });
  client.listeners.add(recordCall);
  probeClient.listeners.add(recordCall);
  return {
    client,
    probeClient,
    oauth,
    tokens,
    provider: createLiveProvider(client, { logger: serverLogger }),
  };
}
