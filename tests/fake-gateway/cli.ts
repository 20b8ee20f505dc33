/**
 * `npm run fake-gateway -- [--port 3190] [--latency 300] [--size 5000]`: the fake 1688 gateway
 * on 127.0.0.1, for trying live mode without an account (point ALIBABA_API_URL at it).
 */
import { FAKE_ACCESS_TOKEN, FAKE_APP_KEY, FAKE_APP_SECRET, startFakeGateway } from './server';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const gateway = await startFakeGateway({
  port: arg('port', 3190),
  latencyMs: arg('latency', 0),
  catalogSize: arg('size', 5000),
  slowMs: arg('slow', 15_000),
  tokenTtlSeconds: arg('token-ttl', 36_000),
});
console.log(`Fake 1688 gateway on ${gateway.url}
  ALIBABA_API_URL=${gateway.apiUrl}
  ALIBABA_APP_KEY=${FAKE_APP_KEY}
  ALIBABA_APP_SECRET=${FAKE_APP_SECRET}
  ALIBABA_ACCESS_TOKEN=${FAKE_ACCESS_TOKEN}
OAuth: ALIBABA_AUTHORIZE_URL=${gateway.url}/oauth/authorize
Control: POST ${gateway.url}/__fake/failures {"api":"product.search.keywordQuery","kind":"acl"} · GET ${gateway.url}/__fake/calls`);
const stop = () => gateway.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
