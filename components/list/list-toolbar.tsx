'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { CopyButton } from '@/components/contact/copy-button';
import { exportRows, toCsv } from '@/lib/domain/list-export';
import type { ListView } from '@/lib/domain/list-view';
import { shareUrl } from '@/lib/domain/share-link';
import type { SourcingList } from '@/lib/domain/sourcing-list';
import { CsvImport } from './csv-import';
import { download, exportName } from './download';

type Props = { list: SourcingList; view: ListView; onClear: () => void };

/** Links some messengers cut; past this length the CSV is the safer way to send the list. */
const LONG_LINK = 8000;

const button =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600 hover:text-brand-700 disabled:opacity-50';

/** Export (CSV, Excel), share link, import, print and clear. */
export function ListToolbar({ list, view, onClear }: Props) {
  const t = useTranslations('List');
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [xlsxState, setXlsxState] = useState('');

  async function saveXlsx() {
    setXlsxState(t('xlsxPreparing'));
    try {
      const { toXlsx } = await import('./xlsx');
      const data = await toXlsx(exportRows(view));
      download(
        data,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `${exportName()}.xlsx`,
      );
      setXlsxState('');
    } catch {
      setXlsxState(t('xlsxFailed'));
    }
  }

  return (
    <div className="space-y-3 print:hidden">
      <div className="flex flex-wrap items-start gap-2" role="toolbar" aria-label={t('toolbar')}>
        <button
          type="button"
          className={button}
          onClick={() =>
            download(toCsv(exportRows(view)), 'text/csv;charset=utf-8', `${exportName()}.csv`)
          }
        >
          {t('downloadCsv')}
        </button>
        <button type="button" className={button} onClick={() => void saveXlsx()}>
          {t('downloadXlsx')}
        </button>
        <button
          type="button"
          className={button}
          aria-expanded={link !== null}
          aria-controls={`${id}-share`}
          onClick={() => setLink(link === null ? shareUrl(window.location.origin, list) : null)}
        >
          {t('share')}
        </button>
        <button type="button" className={button} onClick={() => window.print()}>
          {t('print')}
        </button>
        <CsvImport />
        <button type="button" className={`${button} ml-auto text-red-800`} onClick={onClear}>
          {t('clear')}
        </button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {xlsxState}
      </p>
      {link !== null ? (
        <div
          id={`${id}-share`}
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        >
          <label htmlFor={`${id}-link`} className="block font-medium">
            {t('shareLabel')}
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs"
          />
          <CopyButton text={link} label={t('copyLink')} />
          <p className="text-xs text-slate-600">
            {t('shareNote')}
            {link.length > LONG_LINK ? ` ${t('shareLong')}` : ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}
