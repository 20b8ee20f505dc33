import Link from 'next/link';

export type ShownError = { code: string; message: string; hint?: string };

/**
 * A failure of the data source, shown for what it is, with what to do about it. The
 * `data-pifa-failure` mark keeps the page out of the page caches (lib/next/rendered-index.mjs).
 */
export function UpstreamError({ error }: { error: ShownError }) {
  return (
    <section
      role="alert"
      data-pifa-failure=""
      className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-950"
    >
      <h2 className="text-lg font-semibold">The catalog could not be loaded</h2>
      <p className="mt-2">{error.message}</p>
      {error.hint ? <p className="mt-2 text-sm">What to do: {error.hint}</p> : null}
      <p className="mt-3 text-xs text-red-800">Error code: {error.code}</p>
      <p className="mt-4 text-sm">
        <Link href="/api-status" className="font-medium underline">
          Open the API status page
        </Link>{' '}
        to diagnose the connection.
      </p>
    </section>
  );
}
