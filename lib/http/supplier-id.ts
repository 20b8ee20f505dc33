/** A supplier id from a URL segment, or a 400 that says what one looks like. */
import { invalidRequest } from '@/lib/domain/errors';
import { supplierId } from '@/lib/domain/schemas';

export function parseSupplierId(id: string): string {
  if (!supplierId.safeParse(id).success) {
    throw invalidRequest(
      'id',
      'id must be a supplier id: letters, digits, - and _ (up to 64), as GET /api/products returns in supplier.id',
    );
  }
  return id;
}
