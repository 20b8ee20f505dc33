import { searchProducts } from '@/lib/catalog';
import { InvalidRequestError } from '@/lib/catalog/errors';
import { parseSearchParamsStrict } from '@/lib/catalog/search-params';
import { jsonRoute } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = jsonRoute(async (request) => {
  const parsed = parseSearchParamsStrict(new URL(request.url).searchParams);
  if (!parsed.ok) throw new InvalidRequestError(parsed.param, parsed.message);
  return searchProducts(parsed.query);
});
