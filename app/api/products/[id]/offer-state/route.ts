import { getOfferState } from '@/lib/catalog';
import { notFound } from '@/lib/domain/errors';
import { jsonRoute, methods, offerIdParam } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/**
 * An offer's price, stock and availability as 1688 gives them now (at most a minute old): what
 * a page asks for when the buyer acts on a price. Not for an HTTP cache to keep longer.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(
    async (_request, { id }) => {
      const result = await getOfferState(offerIdParam(id));
      if (!result.data) throw notFound(`No product has the id ${id}.`);
      return result;
    },
    { cache: 'private, max-age=30' },
  ),
});
