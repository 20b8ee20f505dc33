import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/catalog/config';

export const dynamic = 'force-dynamic';

/** Crawlers may read the catalog, not the operator's pages, the API or the buyer's list. */
export default function robots(): MetadataRoute.Robots {
  const site = siteUrl();
  return {
    rules: [
      { userAgent: '*', allow: '/', disallow: ['/api/', '/api-status', '/list', '/compare'] },
    ],
    sitemap: `${site}/sitemap.xml`,
  };
}
