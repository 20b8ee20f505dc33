'use client';

/**
 * Search by picture: a camera button that opens a small panel where the buyer chooses a file,
 * takes a photo (phones), drops a picture or pastes one from the clipboard. Keyboard: the
 * panel takes focus, Escape closes it and gives focus back to the button.
 */
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { CloseButton } from '@/components/ui/close-button';
import { ACCEPTED_IMAGE_TYPES } from '@/lib/domain/image-types';
import { pictureIn, useImageUpload } from './use-image-upload';

const ACCEPT = ACCEPTED_IMAGE_TYPES.join(',');

export function CameraIcon({ className = 'size-5' }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 8h3l2-3h6l2 3h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z" />
      <circle cx="12" cy="13" r="3.5" />
    </svg>
  );
}

export function ImageSearchButton({
  label,
  className,
  inForm = false,
}: {
  /** Shown beside the icon (the icon alone otherwise, named for screen readers). */
  label?: string;
  className?: string;
  /** Inside the search box: the panel opens under the whole box, not just the button. */
  inForm?: boolean;
}) {
  const t = useTranslations('ImageSearch');
  const [open, setOpen] = useState(false);
  const [over, setOver] = useState(false);
  const { state, upload, reset } = useImageUpload();
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const title = useId();

  const close = useCallback(() => {
    setOpen(false);
    reset();
    trigger.current?.focus();
  }, [reset]);

  const send = useCallback(
    async (file: File | null | undefined) => {
      if (file && (await upload(file))) setOpen(false);
    },
    [upload],
  );

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onPaste = (e: ClipboardEvent) => {
      const file = pictureIn(e.clipboardData);
      if (file) {
        e.preventDefault();
        void send(file);
      }
    };
    const onDown = (e: MouseEvent) => {
      if (
        !panel.current?.contains(e.target as Node) &&
        !trigger.current?.contains(e.target as Node)
      )
        close();
    };
    document.addEventListener('paste', onPaste);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open, send, close]);

  const busy = state.status === 'uploading';
  return (
    <div className={inForm ? 'flex' : 'relative flex'}>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={label ? undefined : t('title')}
        onClick={() => (open ? close() : setOpen(true))}
        className={
          className ??
          'grid place-items-center border border-l-0 border-r-0 border-slate-300 bg-white px-3 text-slate-600 hover:text-brand-700'
        }
      >
        <CameraIcon />
        {label ? <span className="ml-2">{label}</span> : null}
      </button>
      {open ? (
        <div
          ref={panel}
          role="dialog"
          aria-labelledby={title}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            void send(pictureIn(e.dataTransfer));
          }}
          className={`absolute top-full z-40 mt-2 rounded-xl border border-slate-200 bg-white p-4 text-left text-sm text-slate-900 shadow-xl outline-none ${inForm ? 'inset-x-0 sm:left-auto sm:w-[22rem]' : 'left-0 w-[min(22rem,calc(100vw-2rem))] sm:left-auto sm:right-0'}`}
        >
          <div className="flex items-start justify-between gap-2">
            <h2 id={title} className="font-semibold">
              {t('title')}
            </h2>
            <CloseButton label={t('close')} onClick={close} />
          </div>
          <div
            className={`mt-3 rounded-lg border-2 border-dashed p-4 text-center ${over ? 'border-brand-600 bg-brand-50' : 'border-slate-300'}`}
          >
            <p className="text-slate-700">{t('drop')}</p>
            <div className="mt-3 flex flex-wrap justify-center gap-2">
              <label className="cursor-pointer rounded-md bg-brand-600 px-3 py-2 font-semibold text-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600 hover:bg-brand-700">
                {t('choose')}
                <input
                  type="file"
                  accept={ACCEPT}
                  className="sr-only"
                  disabled={busy}
                  onChange={(e) => void send(e.currentTarget.files?.[0])}
                />
              </label>
              <label className="hidden cursor-pointer rounded-md border border-slate-300 px-3 py-2 font-semibold pointer-coarse:inline-block focus-within:outline-2 focus-within:outline-brand-600">
                {t('photo')}
                <input
                  type="file"
                  accept="image/*"
                  capture="environment"
                  className="sr-only"
                  disabled={busy}
                  onChange={(e) => void send(e.currentTarget.files?.[0])}
                />
              </label>
            </div>
            <p className="mt-3 text-xs text-slate-600">{t('accepted')}</p>
          </div>
          {busy ? (
            <p role="status" className="mt-3 flex items-center gap-2 text-slate-700">
              <span
                aria-hidden
                className="size-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent"
              />
              {t('uploading')}
            </p>
          ) : null}
          {state.status === 'error' ? (
            <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-red-900">
              {state.message}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
