/** `tsx tests/nginx/cli.ts --port 3200 --upstream 127.0.0.1:3124`: nginx in front of pifa. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from './nginx';

const { values } = parseArgs({
  options: { port: { type: 'string' }, upstream: { type: 'string', multiple: true } },
});
const dir = mkdtempSync(join(tmpdir(), 'pifa-nginx-'));
const nginx = startNginx({
  port: Number(values.port ?? 3200),
  upstreams: values.upstream ?? ['127.0.0.1:3000'],
  dir,
});
nginx.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => nginx.kill('SIGQUIT'));
