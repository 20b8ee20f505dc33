'use client';

import { UpstreamError } from '@/components/ui/upstream-error';
import { codeFromDigest } from '@/lib/domain/errors';
import { describeFailure } from '@/lib/domain/failures';

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
  const code = codeFromDigest(error.digest);
  return (
    <div className="py-10">
      <title>{`${describeFailure(code).title} · pifa`}</title>
      <UpstreamError code={code} onRetry={reset} />
    </div>
  );
}
