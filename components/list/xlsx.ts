'use client';

/**
 * The list as an Excel workbook, built in the browser with exceljs (loaded only when the buyer
 * asks for it): the same columns and rows as the CSV, with prices as numbers.
 */
import { EXPORT_COLUMNS, type ExportRow } from '@/lib/domain/list-export';

const NUMERIC = new Set(['quantity', 'unitPrice', 'lineTotal']);
const WIDTHS: Partial<Record<string, number>> = {
  offerUrl: 42,
  title: 40,
  titleZh: 30,
  variant: 28,
  variantZh: 22,
  supplier: 36,
  supplierZh: 28,
  notes: 40,
};

export async function toXlsx(rows: readonly ExportRow[]): Promise<ArrayBuffer> {
  // The browser build is a UMD bundle: the library is the module or its default export.
  const mod: typeof import('exceljs') & { default?: typeof import('exceljs') } =
    await import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const book = new ExcelJS.Workbook();
  book.creator = 'pifa';
  // The sheet's name and headers stay English, like the CSV's (see EXPORT_COLUMNS).
  const sheet = book.addWorksheet('Sourcing list', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: WIDTHS[c.key] ?? 14,
    style: NUMERIC.has(c.key) && c.key !== 'quantity' ? { numFmt: '0.00' } : {},
  }));
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        EXPORT_COLUMNS.map((c) => {
          const v = row[c.key];
          return [c.key, NUMERIC.has(c.key) && v !== '' ? Number(v) : v];
        }),
      ),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('notes').alignment = { wrapText: true, vertical: 'top' };
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
