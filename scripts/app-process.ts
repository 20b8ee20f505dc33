/**
 * The built app as a benchmark starts it: `server/index.mjs` (what `npm start` runs) in live
 * mode against a fake gateway, on loopback, ready when it answers a static file. Builds first
 * when there is no production build.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FAKE_ACCESS_TOKEN, FAKE_APP_KEY, FAKE_APP_SECRET } from '../tests/fake-gateway/server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID')) return;
  console.log('No production build found: running next build first…');
  execFileSync('node_modules/.bin/next', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

export type AppProcess = { url: string; stop: () => Promise<void> };

export async function startApp(
  port: number,
  apiUrl: string,
  extra: Record<string, string> = {},
): Promise<AppProcess> {
  const child: ChildProcess = spawn(
    'node',
    ['server/index.mjs', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        ALIBABA_APP_KEY: FAKE_APP_KEY,
        ALIBABA_APP_SECRET: FAKE_APP_SECRET,
        ALIBABA_ACCESS_TOKEN: FAKE_ACCESS_TOKEN,
        ALIBABA_API_URL: apiUrl,
        ALIBABA_MAX_CALLS_PER_SECOND: '1000',
        // Every request of a benchmark comes from one client: per-client limits would measure
        // themselves (429s), not the app.
        RATE_LIMIT_SEARCHES_PER_MIN: '10000000',
        RATE_LIMIT_PRODUCTS_PER_MIN: '10000000',
        RATE_LIMIT_IMAGES_PER_MIN: '10000000',
        CLIENT_BUDGET_SHARE: '1',
        CATALOG_PROVIDER: 'live',
        PIFA_DATA_DIR: '.data/bench',
        ...extra,
      },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      await sleep(250);
    }
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
