import { getCategories } from '@/lib/catalog';
import { CATALOG_CACHE, jsonRoute } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = jsonRoute(async () => getCategories(), { cache: CATALOG_CACHE });
