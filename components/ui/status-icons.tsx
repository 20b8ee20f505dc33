/**
 * Small status icons drawn inline, in the text's colour. Emoji would look different on every
 * system, and a browser that has no colour-emoji font searches every font it has for them
 * before the page's first paint.
 */
/** A 20 × 20 icon of one filled path, set in the line of text it stands before. */
function Icon({ d }: { d: string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 20 20"
      fill="currentColor"
      className="mr-1 inline-block size-4 -translate-y-px align-middle"
    >
      <path fillRule="evenodd" clipRule="evenodd" d={d} />
    </svg>
  );
}

/** A warning triangle with an exclamation mark. */
export function WarningIcon() {
  return (
    <Icon d="M8.3 2.9a2 2 0 0 1 3.4 0l6.1 10.7A2 2 0 0 1 16.1 16.6H3.9a2 2 0 0 1-1.7-3l6.1-10.7ZM10 6.5a.9.9 0 0 0-.9.9v3.4a.9.9 0 1 0 1.8 0V7.4a.9.9 0 0 0-.9-.9Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" />
  );
}

/** A tick in a filled circle. */
export function CheckCircleIcon() {
  return (
    <Icon d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.8a.9.9 0 0 0-1.3-1.3L9 10.3 7.6 8.9a.9.9 0 1 0-1.3 1.3l2 2a.9.9 0 0 0 1.3 0l4-4Z" />
  );
}
