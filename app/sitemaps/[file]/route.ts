import { methods } from '@/lib/http/route';
import { sitemapFile } from '@/lib/http/sitemap';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) =>
    (await sitemapFile((await params).file)) ??
    new Response('No such sitemap file.', {
      status: 404,
      headers: { 'Cache-Control': 'no-store' },
    }),
});
