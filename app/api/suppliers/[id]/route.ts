import { getSupplier } from '@/lib/catalog';
import { notFound } from '@/lib/domain/errors';
import { jsonRoute, methods } from '@/lib/http/route';
import { parseSupplierId } from '@/lib/http/supplier-id';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: jsonRoute<{ id: string }>(async (_request, { id }) => {
    const result = await getSupplier(parseSupplierId(id));
    if (!result.data) throw notFound(`No supplier has the id ${id}.`);
    return result;
  }),
});
