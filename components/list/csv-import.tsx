'use client';

import { useId, useState } from 'react';
import { mergeOffer, offerSnapshot } from '@/lib/domain/list-edit';
import { fromCsv, importedLinesFor } from '@/lib/domain/list-export';
import { updateList } from './list-store';
import { fetchCurrentOffer } from './use-current-offers';

type Report = { message: string; errors: string[] };

/**
 * Reads a CSV file exported by pifa (or edited in a spreadsheet since) back into the list.
 * Each offer is fetched as it is now, so prices are current; rows of offers or variants no
 * longer sold are left out, and the report says which.
 */
export function CsvImport() {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);

  async function importFile(file: File) {
    setBusy(true);
    setReport(null);
    try {
      const { lines, errors } = fromCsv(await file.text());
      const ids = [...new Set(lines.map((l) => l.offerId))];
      const offers = await Promise.all(ids.map(fetchCurrentOffer));
      let imported = 0;
      let offerCount = 0;
      ids.forEach((offerId, i) => {
        const rows = lines.filter((l) => l.offerId === offerId);
        const current = offers[i]!;
        if (current.status !== 'current') {
          errors.push(
            current.status === 'gone'
              ? `Offer ${offerId} is no longer available on 1688: its ${rows.length} row(s) were left out.`
              : `Offer ${offerId} could not be checked just now: its row(s) were left out; try again later.`,
          );
          return;
        }
        const found = importedLinesFor(current.product, rows);
        errors.push(...found.errors);
        if (found.lines.length === 0) return;
        updateList((l) =>
          mergeOffer(l, offerSnapshot(current.product, new Date()), found.lines, 'replace'),
        );
        imported += found.lines.length;
        offerCount += 1;
      });
      setReport({
        message: imported
          ? `Imported ${imported} ${imported === 1 ? 'line' : 'lines'} from ${offerCount} ${offerCount === 1 ? 'offer' : 'offers'} of “${file.name}”, at current prices.`
          : `Nothing was imported from “${file.name}”.`,
        errors,
      });
    } catch (error) {
      setReport({ message: 'The file could not be imported.', errors: [(error as Error).message] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="print:hidden">
      <label
        htmlFor={`${id}-file`}
        className="inline-block cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600 hover:text-brand-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
      >
        {busy ? 'Importing…' : 'Import a CSV file'}
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <div role="status" aria-live="polite" className="mt-1 text-sm">
        {report ? <p>{report.message}</p> : null}
        {report?.errors.length ? (
          <ul className="list-disc pl-5 text-red-800">
            {report.errors.slice(0, 10).map((e) => (
              <li key={e}>{e}</li>
            ))}
            {report.errors.length > 10 ? <li>… and {report.errors.length - 10} more.</li> : null}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
