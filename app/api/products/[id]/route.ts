import { getProduct } from '@/lib/catalog';
import { invalidRequest, notFound } from '@/lib/domain/errors';
import { offerId } from '@/lib/domain/schemas';
import { CATALOG_CACHE, jsonRoute, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(
    async (_request, { id }) => {
      if (!offerId.safeParse(id).success) {
        throw invalidRequest('id', 'id must be a numeric 1688 offer id of up to 20 digits');
      }
      const result = await getProduct(id);
      if (!result.data) throw notFound(`No product has the id ${id}.`);
      return result;
    },
    { cache: CATALOG_CACHE },
  ),
});
