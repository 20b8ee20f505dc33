/**
 * The schema of an offer state (offer-state.ts) as `GET /api/products/{id}/offer-state`
 * answers it: loaded by the browser only when it asks for one.
 */
import * as z from './zod';
import type { OfferState } from './offer-state';
import { product, sku } from './schemas';

export const offerState = z.extend(
  z.pick(product, {
    id: true,
    available: true,
    status: true,
    pricing: true,
    tiers: true,
    price: true,
    moq: true,
    lotSize: true,
    promotion: true,
  }),
  {
    skus: z.array(z.pick(sku, { id: true, price: true, promotionPrice: true, stock: true })),
    fetchedAt: z.string(),
  },
);

// The schema and the type describe the same state (checked when type-checking).
const sameShape: z.SameShape<z.infer<typeof offerState>, OfferState> = true;
void sameShape;
