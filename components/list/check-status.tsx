'use client';

import type { CurrentOffers } from './use-current-offers';

/** Whether the list's prices and stock have been checked against 1688 just now. */
export function CheckStatus({ offers, count }: { offers: CurrentOffers; count: number }) {
  return (
    <p role="status" className="text-sm text-slate-600 print:hidden" data-testid="check-status">
      {offers.loading
        ? `Checking current prices and stock of ${count} ${count === 1 ? 'offer' : 'offers'}…`
        : offers.unchecked > 0
          ? `${offers.unchecked} of ${count} offers could not be checked just now: their saved prices are shown. `
          : `Prices and stock are current (checked ${offers.checkedAt?.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) ?? 'just now'}).`}
      {!offers.loading && offers.unchecked > 0 ? (
        <button
          type="button"
          onClick={offers.retry}
          className="font-medium text-brand-700 underline"
        >
          Try again
        </button>
      ) : null}
    </p>
  );
}
