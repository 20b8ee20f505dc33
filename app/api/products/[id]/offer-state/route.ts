import { getOfferState } from '@/lib/catalog';
import { invalidRequest, notFound } from '@/lib/domain/errors';
import { offerId } from '@/lib/domain/schemas';
import { jsonRoute, methods } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/**
 * An offer's price, stock and availability as 1688 gives them now (at most a minute old): what
 * a page asks for when the buyer acts on a price. Not for an HTTP cache to keep longer.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(
    async (_request, { id }) => {
      if (!offerId.safeParse(id).success) {
        throw invalidRequest('id', 'id must be a numeric 1688 offer id of up to 20 digits');
      }
      const result = await getOfferState(id);
      if (!result.data) throw notFound(`No product has the id ${id}.`);
      return result;
    },
    { cache: 'private, max-age=30' },
  ),
});
