/**
 * What the fake gateway says about offers beyond the mock catalog's data: an offer's status
 * (`published`, `expired`…), promotions of several kinds (`plus` and kinds pifa does not know),
 * drift in the shape of search rows and details, and copies of the catalog's offers under
 * other ids (so a benchmark can draw from more offers than the catalog holds). Set per test
 * through `POST /__fake/offers`; cleared by `POST /__fake/reset`.
 */
export const DRIFTS = ['drift_missing_id', 'drift_price_object', 'drift_some_rows'] as const;
export type DriftKind = (typeof DRIFTS)[number];

export type OfferOverride = {
  status?: string;
  /** A promotion beside the list price: its kind and its share of the list price (0–1). */
  promotion?: { kind: string; share: number };
};

type Row = Record<string, unknown> & { priceInfo?: Record<string, unknown> };

export class OfferOverrides {
  private readonly byId = new Map<string, OfferOverride>();

  constructor(private readonly copies = 1) {}

  set(id: string, override: OfferOverride): void {
    const given = Object.entries(override).filter(([, v]) => v !== undefined);
    this.byId.set(id, { ...this.byId.get(id), ...Object.fromEntries(given) });
  }

  reset(): void {
    this.byId.clear();
  }

  /** The catalog id behind an id, or the id itself (copies have a digit 1–9 in front). */
  baseId(id: string): string {
    if (this.copies > 1 && id.length === 13 && Number(id[0]) < this.copies) return id.slice(1);
    return id;
  }

  /** Offers copied under other ids: `${copy}${id}` for copy 1…copies-1. */
  idsOf(id: string): string[] {
    return [id, ...Array.from({ length: this.copies - 1 }, (_, c) => `${c + 1}${id}`)];
  }

  /**
   * The promotion of an offer: a scripted one, else a deterministic one on a few offers (every
   * 7th a 1688 Plus members' price, every 13th a kind pifa does not know).
   */
  promotionOf(id: string): OfferOverride['promotion'] {
    const scripted = this.byId.get(id)?.promotion;
    if (scripted) return scripted;
    const n = Number(id.slice(-4));
    if (n % 7 === 0) return { kind: 'plus', share: 0.92 };
    if (n % 13 === 0) return { kind: 'flash_sale', share: 0.85 };
    return undefined;
  }

  statusOf(id: string): string {
    return this.byId.get(id)?.status ?? 'published';
  }

  /** A search row with the offer's status (when not on sale) and promotion. */
  decorateRow(row: Row, id: string, price: number): Row {
    const promo = this.promotionOf(id);
    const status = this.statusOf(id);
    return {
      ...row,
      ...(status === 'published' ? {} : { status }),
      ...(promo
        ? {
            priceInfo: { ...row.priceInfo, promotionPrice: (price * promo.share).toFixed(2) },
            promotionModel: { promotionType: promo.kind },
          }
        : {}),
    };
  }

  /** A detail with the offer's status and promotion (per tier, or per SKU for quoteType 1). */
  decorateDetail(detail: Record<string, unknown>, id: string): Record<string, unknown> {
    const promo = this.promotionOf(id);
    const out: Record<string, unknown> = { ...detail, status: this.statusOf(id) };
    if (!promo) return out;
    const sale = detail.productSaleInfo as { priceRangeList?: { price: string }[] | null };
    const cut = (price: unknown) => (Number(price) * promo.share).toFixed(2);
    out.promotionModel = { promotionType: promo.kind };
    out.productSaleInfo = {
      ...sale,
      priceRangeList:
        sale.priceRangeList?.map((t) => ({ ...t, promotionPrice: cut(t.price) })) ?? null,
    };
    out.productSkuInfos = (detail.productSkuInfos as Record<string, unknown>[]).map((s) => ({
      ...s,
      promotionPrice: cut(s.price),
    }));
    return out;
  }
}

/** Search rows after a drift: every row, or some rows, in a shape pifa does not know. */
export function driftRows(kind: DriftKind, rows: Row[]): Row[] {
  const noId = ({ offerId: _id, ...rest }: Row): Row => rest;
  const priceObject = (row: Row): Row => ({
    ...row,
    priceInfo: { ...row.priceInfo, price: { value: row.priceInfo?.price, currency: 'CNY' } },
  });
  switch (kind) {
    case 'drift_missing_id':
      return rows.map(noId);
    case 'drift_price_object':
      return rows.map(priceObject);
    case 'drift_some_rows':
      return rows.map((row, i) => (i % 5 === 1 ? noId(row) : i % 5 === 3 ? priceObject(row) : row));
  }
}

/** A detail after a drift: its tier prices as objects. */
export function driftDetail(kind: DriftKind, detail: Record<string, unknown>) {
  if (kind === 'drift_missing_id') {
    const { offerId: _id, ...rest } = detail;
    return rest;
  }
  const sale = detail.productSaleInfo as { priceRangeList?: { price: string }[] | null };
  return {
    ...detail,
    productSaleInfo: {
      ...sale,
      priceRangeList:
        sale.priceRangeList?.map((t) => ({ ...t, price: { value: t.price } })) ?? null,
    },
    productSkuInfos: (detail.productSkuInfos as Record<string, unknown>[]).map((s) => ({
      ...s,
      price: { value: s.price },
    })),
  };
}
