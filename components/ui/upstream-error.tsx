'use client';

import { useTranslations } from 'next-intl';
import { CatalogLink as Link } from '@/components/ui/catalog-link';
import type { ErrorCode } from '@/lib/domain/errors';
import { describeFailure } from '@/lib/domain/failures';

/**
 * A page whose data could not be loaded, said for what it is, with what to do about it, in the
 * page's language (the API's hints stay those of lib/domain/failures.ts).
 */
export function UpstreamError({ code, onRetry }: { code: ErrorCode | null; onRetry?: () => void }) {
  const t = useTranslations('Failure');
  const shown = code ?? 'internal_error';
  const { operator } = describeFailure(code);
  return (
    <section
      role="alert"
      className="mx-auto max-w-xl rounded-xl border border-red-200 bg-red-50 p-6 text-red-950"
    >
      {code === 'image_expired' ? null : (
        <p className="text-sm font-semibold text-red-800">{t('couldNotLoad')}</p>
      )}
      <h1 className="mt-1 text-xl font-semibold">{t(`codes.${shown}.title`)}</h1>
      <p className="mt-2">{t('whatToDo', { hint: t(`codes.${shown}.hint`) })}</p>
      {code ? <p className="mt-3 text-xs text-red-800">{t('errorCode', { code })}</p> : null}
      <p className="mt-4 flex flex-wrap items-center gap-4 text-sm">
        {onRetry ? (
          <button
            type="button"
            onClick={onRetry}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t('tryAgain')}
          </button>
        ) : null}
        {operator ? (
          <Link href="/api-status" className="font-medium underline">
            {t('openStatus')}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
