'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('Failure');
  const code = codeFromDigest(error.digest);
  return (
    <div className="py-10">
      <title>{`${t(`codes.${code ?? 'internal_error'}.title`)} · pifa`}</title>
      <UpstreamError code={code} onRetry={reset} />
    </div>
  );
}
