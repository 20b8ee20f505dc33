import { getSupplier, searchSupplierOffers } from '@/lib/catalog';
import { invalidRequest, notFound } from '@/lib/domain/errors';
import { parseSearchParamsStrict } from '@/lib/domain/search-params';
import { jsonRoute, methods } from '@/lib/http/route';
import { parseSupplierId } from '@/lib/http/supplier-id';

export const dynamic = 'force-dynamic';

/** A supplier's offers, with the same parameters and errors as GET /api/products. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(async (request, { id }) => {
    const supplierId = parseSupplierId(id);
    const parsed = parseSearchParamsStrict(new URL(request.url).searchParams);
    if (!parsed.ok) throw invalidRequest(parsed.param, parsed.message);
    if (parsed.query.image) {
      throw invalidRequest(
        'image',
        'image is not available within a supplier: use GET /api/products',
      );
    }
    const [supplier, offers] = await Promise.all([
      getSupplier(supplierId),
      searchSupplierOffers(supplierId, parsed.query),
    ]);
    if (!supplier.data) throw notFound(`No supplier has the id ${id}.`);
    return offers;
  }),
});
