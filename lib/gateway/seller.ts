/**
 * Suppliers in live mode, keyed by the seller's open id: their offers come from
 * `product.search.querySellerOfferList`; their profile from the seller data its rows carry
 * (years on 1688, badges, service scores, repurchase rate), completed with the company name
 * and address from the detail of one of their offers, since search rows carry no name.
 */
import type { Product, SearchPage, SearchQuery, Supplier } from '@/lib/domain/schemas';
import { type ApiSpec, APIS } from './apis';
import type { GatewayClient } from './client';
import { unwrap } from './envelope';
import { supplierOf } from './map-seller';
import { queryParams } from './search';
import { readFirstRow, type Report } from './shapes';

export type SellerContext = {
  client: GatewayClient;
  language: string;
  /** Our page of one of 1688's search APIs, read row by row (the live provider's). */
  searchPages(
    api: ApiSpec,
    param: Record<string, unknown>,
    query: SearchQuery,
  ): Promise<SearchPage>;
  report(api: string): Report;
  getProduct(id: string): Promise<Product | null>;
};

export async function searchSeller(
  ctx: SellerContext,
  sellerOpenId: string,
  query: SearchQuery,
): Promise<SearchPage> {
  const param = { sellerOpenId, keyword: query.q || undefined, ...queryParams(query) };
  return ctx.searchPages(APIS.sellerOffers, param, query);
}

export async function getSeller(
  ctx: SellerContext,
  sellerOpenId: string,
): Promise<Supplier | null> {
  const api = APIS.sellerOffers;
  const body = await ctx.client.call(api, {
    offerQueryParam: { sellerOpenId, beginPage: 1, pageSize: 1, country: ctx.language },
  });
  // The first row that can be read stands for the seller (its seller data is the profile).
  const row = readFirstRow(api.name, unwrap(api.name, body), ctx.report(api.name));
  if (!row) return null;
  const fromRow = { ...supplierOf(row, row.companyAddress ?? ''), id: sellerOpenId };
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
