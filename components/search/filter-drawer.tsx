'use client';

/**
 * The filter panel on phones: below the `lg` breakpoint it hides behind a "Filters (n)" button
 * that opens it in a modal <dialog> (the page behind it is inert, Tab stays inside, Escape
 * closes it, and focus goes back to the button). At `lg` and up the panel sits in the page's left column as before.
 * Without JavaScript the button cannot open anything, so the panel is shown in place instead.
 *
 * The panel is rendered once at a time (in place, or in the open dialog), so that its fields
 * and their ids are never on the page twice.
 */
import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { CloseButton } from '@/components/ui/close-button';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the drawer's last control goes round to its first (and Shift+Tab the other way):
 * a modal dialog makes the page behind it inert, but the browser would still let focus out
 * into its own toolbar.
 */
function keepTabInside(e: React.KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return;
  const all = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

const NO_SCRIPT_CSS = `<style>
[data-filter-inline] { display: block !important; }
[data-filter-button] { display: none !important; }
</style>`;

export function FilterDrawer({ active, children }: { active: number; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const t = useTranslations('FilterDrawer');

  // A phone turned or a window widened past `lg` while the drawer is open: back to the column.
  useEffect(() => {
    if (!open) return;
    const wide = window.matchMedia('(min-width: 64rem)');
    const onChange = () => {
      if (wide.matches) dialog.current?.close();
    };
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, [open]);

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };

  return (
    <div>
      <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_CSS }} />
      <button
        ref={button}
        type="button"
        data-filter-button
        aria-haspopup="dialog"
        onClick={show}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:border-brand-600 lg:hidden"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M2 4h16v2H2zm3 5h10v2H5zm3 5h4v2H8z" />
        </svg>
        {t('button', { count: active })}
      </button>
      {open ? null : (
        <div data-filter-inline className="max-lg:hidden">
          {children}
        </div>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onKeyDown={keepTabInside}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        onClick={(e) => {
          // A tap on the backdrop (outside the sheet) closes it, as Escape does.
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
        className="m-0 h-dvh max-h-none w-[min(24rem,calc(100vw-2.5rem))] max-w-none overflow-y-auto overscroll-contain bg-slate-50 p-0 backdrop:bg-slate-900/50"
      >
        <div className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2">
          <h2 id={titleId} className="text-base font-semibold">
            {t('title')}
          </h2>
          <CloseButton
            label={t('closeLabel')}
            text={t('close')}
            onClick={() => dialog.current?.close()}
          />
        </div>
        <div className="p-3">{open ? children : null}</div>
      </dialog>
    </div>
  );
}
