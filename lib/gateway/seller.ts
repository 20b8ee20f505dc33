/**
 * Suppliers in live mode, keyed by the seller's open id: their offers come from
 * `product.search.querySellerOfferList`; their profile from the seller data its rows carry
 * (years on 1688, badges, service scores, repurchase rate), completed with the company name
 * and address from the detail of one of their offers, since search rows carry no name.
 */
import type { Product, SearchPage, SearchQuery, Supplier } from '@/lib/domain/schemas';
import { APIS } from './apis';
import type { GatewayClient, GatewayLogger } from './client';
import { parseRaw, unwrap } from './envelope';
import { toSupplier } from './mappers';
import { searchPayload } from './raw-schemas';
import { pageOf, queryFields, withinFilters } from './search-pages';

export type SellerContext = {
  client: GatewayClient;
  language: string;
  log?: GatewayLogger;
  getProduct(id: string): Promise<Product | null>;
};

export async function searchSeller(
  ctx: SellerContext,
  sellerOpenId: string,
  query: SearchQuery,
): Promise<SearchPage> {
  return pageOf({
    client: ctx.client,
    api: APIS.sellerOffers,
    param: { sellerOpenId, keyword: query.q || undefined, ...queryFields(query) },
    page: query.page,
    pageSize: query.pageSize,
    language: ctx.language,
    keep: withinFilters(query),
    log: ctx.log,
  });
}

export async function getSeller(
  ctx: SellerContext,
  sellerOpenId: string,
): Promise<Supplier | null> {
  const api = APIS.sellerOffers;
  const body = await ctx.client.call(api, {
    offerQueryParam: { sellerOpenId, beginPage: 1, pageSize: 1, country: ctx.language },
  });
  const row = parseRaw(api.name, searchPayload, unwrap(api.name, body)).data[0];
  if (!row) return null;
  const fromRow = { ...toSupplier(row, row.companyAddress ?? ''), id: sellerOpenId };
  if (row.companyName) return fromRow;
  const detail = await ctx.getProduct(row.offerId);
  if (!detail) return fromRow;
  // The detail names the company and where it ships from; the row's seller data stays.
  return {
    ...fromRow,
    name: detail.supplier.name,
    nameZh: detail.supplier.nameZh,
    location: detail.supplier.location || fromRow.location,
    yearsOn1688: fromRow.yearsOn1688 ?? detail.supplier.yearsOn1688,
  };
}
