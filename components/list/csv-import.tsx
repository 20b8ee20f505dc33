'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { mergeOffer, offerSnapshot } from '@/lib/domain/list-edit';
import { fromCsv, importedLinesFor } from '@/lib/domain/list-export';
import { useListText } from './list-text';
import { updateList } from './list-store';
import { fetchCurrentOffer } from './use-current-offers';

type Report = { message: string; errors: string[] };

/**
 * Reads a CSV file exported by pifa (or edited in a spreadsheet since) back into the list.
 * Each offer is fetched as it is now, so prices are current; rows of offers or variants no
 * longer sold are left out, and the report says which.
 */
export function CsvImport() {
  const t = useTranslations('List');
  const text = useListText();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);

  async function importFile(file: File) {
    setBusy(true);
    setReport(null);
    try {
      const read = fromCsv(await file.text());
      const { lines } = read;
      const errors = read.errors.map(text.importError);
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
              ? t('importGone', { offer: offerId, count: rows.length })
              : t('importUnchecked', { offer: offerId, count: rows.length }),
          );
          return;
        }
        const found = importedLinesFor(current.product, rows);
        errors.push(...found.errors.map(text.importError));
        if (found.lines.length === 0) return;
        updateList((l) =>
          mergeOffer(l, offerSnapshot(current.product, new Date()), found.lines, 'replace'),
        );
        imported += found.lines.length;
        offerCount += 1;
      });
      setReport({
        message: imported
          ? t('imported', { lines: imported, offers: offerCount, file: file.name })
          : t('importedNothing', { file: file.name }),
        errors,
      });
    } catch (error) {
      setReport({ message: t('importFailed'), errors: [(error as Error).message] });
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
        {busy ? t('importing') : t('import')}
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
            {report.errors.length > 10 ? (
              <li>{t('moreErrors', { count: report.errors.length - 10 })}</li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
