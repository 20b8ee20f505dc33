import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The server must never call out to anything but the configured gateway; images are
  // plain <img> tags served by our own /img route (mock) or by 1688's CDN (live).
  images: { unoptimized: true },
  serverExternalPackages: ['sanitize-html'],
};

export default nextConfig;
