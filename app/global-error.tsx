'use client';

import './globals.css';

export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center p-6">
        <div role="alert" className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">pifa is having trouble</h1>
          <p className="mt-3 text-slate-600">
            The page could not be displayed. Please try again in a moment.
          </p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded-md bg-orange-600 px-4 py-2 text-white"
          >
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
