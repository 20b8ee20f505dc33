/**
 * An offer 1688 no longer sells (its status is not `published`): said at the top of its page,
 * in place of the order form. Its details stay readable for reference.
 */
import { useTranslations } from 'next-intl';

export function UnavailableNotice({ status }: { status?: string }) {
  const t = useTranslations('Unavailable');
  return (
    <section
      role="alert"
      aria-labelledby="unavailable-heading"
      className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-950"
      data-testid="unavailable"
    >
      <h2 id="unavailable-heading" className="font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm">
        {t.rich('text', {
          status: status ? `“${status}”` : t('unavailable'),
          strong: (chunks) => (status ? <strong>{chunks}</strong> : chunks),
        })}
      </p>
    </section>
  );
}
