import { searchProducts } from '@/lib/catalog';
import { invalidRequest } from '@/lib/domain/errors';
import { parseSearchParamsStrict } from '@/lib/domain/search-params';
import { CATALOG_CACHE, jsonRoute, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute(
    async (request) => {
      const parsed = parseSearchParamsStrict(new URL(request.url).searchParams);
      if (!parsed.ok) throw invalidRequest(parsed.param, parsed.message);
      return searchProducts(parsed.query);
    },
    { cache: CATALOG_CACHE },
  ),
});
