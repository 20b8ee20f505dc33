import { getCategoryTree } from '@/lib/catalog';
import { CATALOG_CACHE, jsonRoute, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute(async () => getCategoryTree(), { cache: CATALOG_CACHE }),
});
