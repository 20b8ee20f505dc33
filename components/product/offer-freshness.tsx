'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TimeAgo } from '@/components/ui/time-ago';
import type { OfferState } from '@/lib/domain/offer-state';

/** The offer's price and stock as 1688 gives them now (our API, at most a minute old). */
export async function fetchOfferState(id: string): Promise<OfferState> {
  // The schema loads with the first check, not with the page, while the state is fetched.
  const schema = import('@/lib/domain/offer-state-schema');
  const res = await fetch(`/api/products/${id}/offer-state`, {
    headers: { accept: 'application/json' },
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return (await schema).offerState.parse(body?.data);
}

/**
 * "Prices and stock as of 3 hours ago · Check current price and stock": the page is cached for
 * hours, so it says how old its figures are, and fetches fresh ones when the buyer asks.
 */
export function OfferFreshness({
  id,
  fetchedAt,
  onState,
}: {
  id: string;
  fetchedAt: string;
  onState: (state: OfferState) => void;
}) {
  const t = useTranslations('Freshness');
  const [checking, setChecking] = useState(false);
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const at = checkedAt ?? fetchedAt;

  async function check() {
    setChecking(true);
    setProblem(null);
    try {
      const state = await fetchOfferState(id);
      onState(state);
      setCheckedAt(state.fetchedAt);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
      <p data-testid="prices-as-of">
        {checkedAt ? t('checked') : t('asOf')}{' '}
        <TimeAgo
          at={at}
          initial={new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'}
        />
      </p>
      <button
        type="button"
        onClick={check}
        disabled={checking}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {checking ? t('checking') : t('check')}
      </button>
      {problem ? (
        <p role="alert" className="w-full text-red-700">
          {t('failed', { problem })}
        </p>
      ) : null}
    </div>
  );
}
