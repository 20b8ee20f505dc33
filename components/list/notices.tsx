'use client';

import { useTranslations } from 'next-intl';
import { getStorageError } from '@/components/storage/local-store';
import { download } from './download';
import { useSetAside } from './list-store';
import { useListText } from './list-text';

/** A saved list that could not be read: kept aside, downloadable, discarded on request. */
export function SetAsideNotice() {
  const t = useTranslations('List');
  const text = useListText();
  const { value, discard } = useSetAside();
  const storage = getStorageError();
  return (
    <>
      {storage ? (
        <p
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {t(storage === 'read' ? 'storageRead' : 'storageWrite')}
        </p>
      ) : null}
      {value ? (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:hidden"
        >
          <p className="font-semibold">{t('setAsideTitle')}</p>
          <p>
            {text.problem(value)} {t('setAsideText')}
          </p>
          <p className="mt-2 flex gap-3">
            <button
              type="button"
              className="font-medium underline"
              onClick={() => download(value.raw, 'application/json', 'pifa-unreadable-list.json')}
            >
              {t('setAsideDownload')}
            </button>
            <button type="button" className="underline" onClick={discard}>
              {t('setAsideDiscard')}
            </button>
          </p>
        </div>
      ) : null}
    </>
  );
}

/** "Removed … Undo": stays until the buyer acts or removes something else. */
export function UndoBar({
  message,
  onUndo,
  onDismiss,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations('List');
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-800 px-3 py-2 text-sm text-white print:hidden"
    >
      <span>{message}</span>
      <button type="button" onClick={onUndo} className="font-semibold underline">
        {t('undo')}
      </button>
      <button type="button" onClick={onDismiss} aria-label={t('dismiss')} className="ml-auto px-1">
        ×
      </button>
    </div>
  );
}
