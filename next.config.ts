import { join } from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The server must never call out to anything but the configured gateway; images are
  // plain <img> tags served by our own /img route (mock) or by 1688's CDN (live).
  images: { unoptimized: true },
  serverExternalPackages: ['sanitize-html', 'ioredis'],
  // Rendered pages are cached in memory per process (see lib/next/cache-handler.mjs).
  cacheHandler: join(process.cwd(), 'lib/next/cache-handler.mjs'),
  cacheMaxMemorySize: 0,
};

export default nextConfig;
