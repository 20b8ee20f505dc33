import { methods } from '@/lib/http/route';
import { sitemapIndex } from '@/lib/http/sitemap';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({ GET: () => sitemapIndex() });
