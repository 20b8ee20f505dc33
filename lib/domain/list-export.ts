/**
 * The sourcing list as a table for a sourcing agent: one row per variant line, with the columns
 * an agent needs to place the 1688 orders. Written as CSV by csv-stringify (UTF-8 with a byte
 * order mark, so that Excel shows the Chinese) and read back by csv-parse, which accepts our
 * own files even after Excel saved them with semicolons.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { MAX_QUANTITY, NO_SKU, parseQuantity } from './order';
import type { ListView, LineView, OfferView } from './list-view';
import { fromFen } from './pricing';
import { offerId, type Product } from './schemas';
import { variantText } from './skus';
import { type ListLine, MAX_NOTE_LENGTH } from './sourcing-list';

/**
 * The headers stay in English in every language: the file is for a sourcing agent, and
 * `fromCsv` finds the columns by these names, so a file exported in one language imports in
 * any other.
 */
export const EXPORT_COLUMNS = [
  { key: 'offerUrl', header: '1688 offer URL' },
  { key: 'offerId', header: 'Offer ID' },
  { key: 'title', header: 'Title (EN)' },
  { key: 'titleZh', header: 'Title (ZH)' },
  { key: 'skuId', header: 'SKU ID' },
  { key: 'variant', header: 'Variant (EN)' },
  { key: 'variantZh', header: 'Variant (ZH)' },
  { key: 'quantity', header: 'Quantity' },
  { key: 'unit', header: 'Unit' },
  { key: 'unitPrice', header: 'Unit price (CNY)' },
  { key: 'lineTotal', header: 'Line total (CNY)' },
  { key: 'supplier', header: 'Supplier (EN)' },
  { key: 'supplierZh', header: 'Supplier (ZH)' },
  { key: 'supplierId', header: 'Supplier ID' },
  { key: 'notes', header: 'Notes' },
] as const;
export type ColumnKey = (typeof EXPORT_COLUMNS)[number]['key'];
export type ExportRow = Record<ColumnKey, string | number>;

const yuan = (fen: number) => fromFen(fen).toFixed(2);

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
 * which spreadsheets hide and `fromCsv` takes off again.
 */
const FORMULA = /^[=+\-@\t\r]/;
export const safeText = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const unsafeText = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function rowOf(o: OfferView, l: LineView): ExportRow {
  const unitFen = l.order?.unitPriceFen ?? 0;
  return {
    offerUrl: o.offer.sourceUrl,
    offerId: o.offer.id,
    title: safeText(o.offer.title),
    titleZh: safeText(o.offer.titleZh),
    skuId: l.line.skuId,
    variant: safeText(variantText(l.line.variant, 'en')),
    variantZh: safeText(variantText(l.line.variant, 'zh')),
    quantity: l.line.quantity,
    unit: o.offer.unit,
    unitPrice: l.order ? yuan(unitFen) : '',
    lineTotal: l.order ? yuan(l.order.lineFen) : '',
    supplier: safeText(o.offer.supplier.name),
    supplierZh: safeText(o.offer.supplier.nameZh ?? ''),
    supplierId: o.offer.supplier.id,
    notes: safeText(l.line.note),
  };
}

/** Every line of the list in supplier order, priced as the list shows it. */
export function exportRows(view: ListView): ExportRow[] {
  return view.groups.flatMap((g) => g.offers.flatMap((o) => o.lines.map((l) => rowOf(o, l))));
}

export const CSV_BOM = '\uFEFF';

export function toCsv(rows: readonly ExportRow[]): string {
  return stringify(
    rows.map((r) => EXPORT_COLUMNS.map((c) => r[c.key])),
    {
      bom: true,
      header: true,
      columns: EXPORT_COLUMNS.map((c) => c.header),
      record_delimiter: 'windows',
    },
  );
}

/** A line read back from a CSV file. */
export type ImportedLine = { offerId: string; skuId: string; quantity: number; note: string };
/** Why a file or a row was not imported, with what a sentence about it needs. */
export type ImportError =
  | { code: 'unreadable'; detail: string }
  | { code: 'empty' }
  /** `columns`: the headers the file lacks, as pifa writes them. */
  | { code: 'missing_columns'; columns: string[] }
  | { code: 'bad_offer_id'; row: number; id: string }
  | { code: 'bad_quantity'; row: number; text: string }
  | { code: 'variant_gone'; offerId: string; skuId: string };
export type CsvImport = { lines: ImportedLine[]; errors: ImportError[] };

const REQUIRED: ColumnKey[] = ['offerId', 'skuId', 'quantity'];

/** The separator of the header line: a spreadsheet may have saved the file with ; or tabs. */
function delimiterOf(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Reads a CSV file written by `toCsv` (or edited in a spreadsheet since). */
export function fromCsv(text: string): CsvImport {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return {
      lines: [],
      errors: [{ code: 'unreadable', detail: (error as Error).message }],
    };
  }
  const [header, ...body] = records;
  if (!header) return { lines: [], errors: [{ code: 'empty' }] };
  const at = new Map<ColumnKey, number>();
  for (const column of EXPORT_COLUMNS) {
    const i = header.findIndex((h) => h.toLowerCase() === column.header.toLowerCase());
    if (i >= 0) at.set(column.key, i);
  }
  const missing = REQUIRED.filter((k) => !at.has(k));
  if (missing.length) {
    const columns = missing.map((k) => EXPORT_COLUMNS.find((c) => c.key === k)!.header);
    return { lines: [], errors: [{ code: 'missing_columns', columns }] };
  }
  const cell = (row: string[], key: ColumnKey) => row[at.get(key) ?? -1] ?? '';
  const lines: ImportedLine[] = [];
  const errors: ImportError[] = [];
  body.forEach((row, i) => {
    const n = i + 2;
    const id = cell(row, 'offerId');
    const quantityText = cell(row, 'quantity');
    const quantity = /^\d[\d,]*$/.test(quantityText) ? parseQuantity(quantityText) : null;
    if (!offerId.safeParse(id).success) errors.push({ code: 'bad_offer_id', row: n, id });
    else if (quantity === null || quantity > MAX_QUANTITY)
      errors.push({ code: 'bad_quantity', row: n, text: quantityText });
    else
      lines.push({
        offerId: id,
        skuId: cell(row, 'skuId') || NO_SKU,
        quantity,
        note: unsafeText(cell(row, 'notes')),
      });
  });
  return { lines, errors };
}

/** The lines of imported rows that a product still sells, and why the others were left out. */
export function importedLinesFor(
  product: Product,
  rows: readonly ImportedLine[],
): { lines: ListLine[]; errors: ImportError[] } {
  const lines: ListLine[] = [];
  const errors: ImportError[] = [];
  for (const row of rows) {
    if (row.quantity === 0) continue;
    const sku = product.skus.find((s) => s.id === row.skuId);
    if (product.skus.length > 0 && !sku) {
      errors.push({ code: 'variant_gone', offerId: product.id, skuId: row.skuId });
      continue;
    }
    const existing = lines.find((l) => l.skuId === row.skuId);
    if (existing) {
      existing.quantity = Math.min(MAX_QUANTITY, existing.quantity + row.quantity);
      continue;
    }
    lines.push({
      skuId: sku?.id ?? NO_SKU,
      variant: sku?.attributes ?? [],
      quantity: row.quantity,
      note: row.note.slice(0, MAX_NOTE_LENGTH),
      skuPrice: sku?.price ?? product.tiers[0]?.price ?? 0,
    });
  }
  return { lines, errors };
}
