'use client';

import { UpstreamError } from '@/components/ui/upstream-error';
import { codeFromDigest } from '@/lib/domain/errors';

/**
 * Any page whose data could not be loaded. The catalog throws (so that Next.js never caches
 * the page); the error's digest carries its code, and the text for it is chosen here.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="py-10">
      <UpstreamError code={codeFromDigest(error.digest)} onRetry={reset} />
    </div>
  );
}
