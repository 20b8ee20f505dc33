const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function ago(fetchedAt: string, now = Date.now()): string {
  const seconds = Math.round((new Date(fetchedAt).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(Math.min(-1, seconds), 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** Says when cached data is shown in place of fresh data, and how old it is. */
export function StaleNotice({ result }: { result: { stale: boolean; fetchedAt: string } }) {
  if (!result.stale) return null;
  return (
    <p
      role="status"
      className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="stale-notice"
    >
      Prices as of {ago(result.fetchedAt)}: 1688 did not give fresher data just now, so this is the
      last copy pifa has.
    </p>
  );
}
