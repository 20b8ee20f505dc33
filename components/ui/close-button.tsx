/**
 * The ✕ that closes a dialog or a panel. Screen readers hear `label` ("Close filters"); `text`,
 * when given, is shown beside the ✕ as a shorter word ("Close") in a full-height touch target,
 * otherwise the ✕ stands alone in a panel's corner.
 */
export function CloseButton({
  label,
  text,
  onClick,
}: {
  label: string;
  text?: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={onClick}
      className={
        text
          ? 'inline-flex min-h-11 items-center gap-1 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100'
          : '-m-1 rounded p-1 text-slate-500 hover:text-slate-900'
      }
    >
      <span aria-hidden>✕</span>
      {text ? ` ${text}` : null}
    </button>
  );
}
