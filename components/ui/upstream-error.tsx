import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { ErrorCode } from '@/lib/domain/errors';
import { describeFailure } from '@/lib/domain/failures';

/** A page whose data could not be loaded, said for what it is, with what to do about it. */
export function UpstreamError({ code, onRetry }: { code: ErrorCode | null; onRetry?: () => void }) {
  const text = describeFailure(code);
  return (
    <section
      role="alert"
      className="mx-auto max-w-xl rounded-xl border border-red-200 bg-red-50 p-6 text-red-950"
    >
      {code === 'image_expired' ? null : (
        <p className="text-sm font-semibold text-red-800">The catalog could not be loaded</p>
      )}
      <h1 className="mt-1 text-xl font-semibold">{text.title}</h1>
      <p className="mt-2">What to do: {text.hint}</p>
      {code ? <p className="mt-3 text-xs text-red-800">Error code: {code}</p> : null}
      <p className="mt-4 flex flex-wrap items-center gap-4 text-sm">
        {onRetry ? (
          <button
            type="button"
            onClick={onRetry}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Try again
          </button>
        ) : null}
        {text.operator ? (
          <Link href="/api-status" className="font-medium underline">
            Open the API status page
          </Link>
        ) : null}
      </p>
    </section>
  );
}
