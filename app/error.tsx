'use client';

import Link from 'next/link';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" data-pifa-failure="" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        This page failed to load. Trying again usually helps; if it keeps happening, check the API
        status page.
      </p>
      {error.digest ? (
        <p className="mt-2 text-xs text-slate-500">Reference: {error.digest}</p>
      ) : null}
      <p className="mt-6 flex justify-center gap-4 font-medium">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
        >
          Try again
        </button>
        <Link href="/api-status" className="px-4 py-2 text-brand-700 underline">
          API status
        </Link>
      </p>
    </div>
  );
}
