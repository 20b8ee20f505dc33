/**
 * Runs nginx with the configuration pifa ships (deploy/nginx.conf), moved onto loopback test
 * ports and a scratch folder: the same proxy, cache and limits an operator deploys.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type NginxOptions = {
  port: number;
  upstreams: string[];
  dir: string;
  /** Benchmarks: files nginx serves itself under /__static/, to compare against. */
  staticDir?: string;
};

/** deploy/nginx.conf with its machine paths and addresses replaced by the test's. */
export function testConfig({ port, upstreams, dir, staticDir }: NginxOptions): string {
  const shipped = readFileSync(resolve('deploy/nginx.conf'), 'utf8');
  const replaced = shipped
    .replace(/^pid .*;$/m, `pid ${join(dir, 'nginx.pid')};`)
    .replace(/^error_log .*;$/m, `error_log ${join(dir, 'error.log')} warn;`)
    .replace(/access_log .*;/, `access_log ${join(dir, 'access.log')};`)
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${join(dir, 'cache')}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/ {4}server 127\.0\.0\.1:3000;/, upstreams.map((u) => `    server ${u};`).join('\n'));
  const withStatic = staticDir
    ? replaced.replace(
        /(\n {4}location \/ \{)/,
        `\n    location /__static/ {\n      alias ${staticDir}/;\n    }\n$1`,
      )
    : replaced;
  for (const needle of [
    `listen 127.0.0.1:${port};`,
    `server ${upstreams[0]};`,
    join(dir, 'cache'),
  ]) {
    if (!withStatic.includes(needle)) throw new Error(`deploy/nginx.conf changed shape: ${needle}`);
  }
  return withStatic;
}

export function startNginx(options: NginxOptions): ChildProcess {
  mkdirSync(join(options.dir, 'cache'), { recursive: true });
  // nginx's workers drop root for an unprivileged user, who must write the cache and temp files.
  for (const path of [options.dir, join(options.dir, 'cache')]) chmodSync(path, 0o777);
  const file = join(options.dir, 'nginx.conf');
  writeFileSync(file, testConfig(options));
  return spawn('nginx', ['-p', options.dir, '-c', file, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
