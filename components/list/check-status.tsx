'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { CurrentOffers } from './use-current-offers';

/** Whether the list's prices and stock have been checked against 1688 just now. */
export function CheckStatus({ offers, count }: { offers: CurrentOffers; count: number }) {
  const t = useTranslations('List');
  const locale = useLocale();
  // The browser's own time zone: the buyer's clock.
  const time = offers.checkedAt?.toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (
    <p role="status" className="text-sm text-slate-600 print:hidden" data-testid="check-status">
      {offers.loading
        ? t('checking', { count })
        : offers.unchecked > 0
          ? `${t('unchecked', { unchecked: offers.unchecked, count })} `
          : time
            ? t('current', { time })
            : t('currentJustNow')}
      {!offers.loading && offers.unchecked > 0 ? (
        <button
          type="button"
          onClick={offers.retry}
          className="font-medium text-brand-700 underline"
        >
          {t('retry')}
        </button>
      ) : null}
    </p>
  );
}
