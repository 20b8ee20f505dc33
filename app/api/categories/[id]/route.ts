import { getCategory } from '@/lib/catalog';
import { invalidRequest, notFound } from '@/lib/domain/errors';
import { CATALOG_CACHE, jsonRoute, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** One category: the way down to it and its subcategories (read when a buyer opens it). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(
    async (_request, { id }) => {
      if (!/^\d{1,20}$/.test(id) || id === '0') {
        throw invalidRequest('id', 'id must be a numeric category id');
      }
      const result = await getCategory(id);
      if (!result.data) throw notFound(`No category has the id ${id}.`);
      return result;
    },
    { cache: CATALOG_CACHE },
  ),
});
