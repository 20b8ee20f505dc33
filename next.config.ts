import { join } from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { checkRatesTable } from './lib/domain/landed-cost-schema';
import { FIXED_HEADERS } from './lib/http/security-headers';

// The landed-cost rates table is bundled for the browser unchecked: a replacement that does not
// fit its schema stops the build (and `next dev`, `next start`) here, saying what is wrong.
checkRatesTable();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The stylesheet goes inside each page (one small Tailwind file), so that the first paint
  // does not wait for a second request.
  experimental: { inlineCss: true },
  reactStrictMode: true,
  // The server must never call out to anything but the configured gateway; images are
  // plain <img> tags served by our own /img route (mock) or by 1688's CDN (live).
  images: { unoptimized: true },
  serverExternalPackages: ['sanitize-html', 'ioredis'],
  // Rendered pages are kept in memory per process, bounded in bytes (lib/next/page-cache-handler.mjs).
  cacheHandler: join(process.cwd(), 'lib/next/page-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // Catalog pages say `s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>`:
  // an HTTP cache in front may serve a page up to an hour old while it fetches a fresh one.
  expireTime: 3600,
  // Fixed security headers on every response, static files included; proxy.ts adds the
  // Content-Security-Policy and HSTS, which depend on the running configuration.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(FIXED_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

// Each request's messages and formats come from i18n/request.ts. Messages are compiled when
// the app is built, so that browsers get them ready to use and no ICU parser.
export default createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
})(nextConfig);
