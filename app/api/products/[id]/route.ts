import { getProduct } from '@/lib/catalog';
import { notFound } from '@/lib/domain/errors';
import { CATALOG_CACHE, jsonRoute, methods, offerIdParam } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(
    async (_request, { id }) => {
      const result = await getProduct(offerIdParam(id));
      if (!result.data) throw notFound(`No product has the id ${id}.`);
      return result;
    },
    { cache: CATALOG_CACHE },
  ),
});
