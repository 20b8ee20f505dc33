'use client';

/**
 * Current data for a set of offers, fetched from our own API with SWR when a page opens (and
 * again when the tab gets focus): the offer as it is now, gone (404), or unchecked when our
 * API or 1688 could not answer, in which case pages keep showing the saved copy.
 */
import useSWR from 'swr';
import type { CurrentOffer } from '@/lib/domain/list-view';
import { product } from '@/lib/domain/schemas';

export async function fetchCurrentOffer(id: string): Promise<CurrentOffer> {
  try {
    const res = await fetch(`/api/products/${id}`, { headers: { accept: 'application/json' } });
    if (res.status === 404) return { status: 'gone' };
    if (!res.ok) return { status: 'unchecked' };
    const parsed = product.safeParse((await res.json())?.data);
    return parsed.success ? { status: 'current', product: parsed.data } : { status: 'unchecked' };
  } catch {
    return { status: 'unchecked' };
  }
}

type Fetched = { offers: Map<string, CurrentOffer>; at: Date };

async function fetchAll([, ...ids]: string[]): Promise<Fetched> {
  const results = await Promise.all(ids.map(fetchCurrentOffer));
  return { offers: new Map(ids.map((id, i) => [id, results[i]!])), at: new Date() };
}

export type CurrentOffers = {
  current: ReadonlyMap<string, CurrentOffer>;
  loading: boolean;
  /** Offers whose current data could not be fetched. */
  unchecked: number;
  checkedAt: Date | null;
  retry: () => void;
};

const EMPTY = new Map<string, CurrentOffer>();

export function useCurrentOffers(ids: readonly string[]): CurrentOffers {
  const key = ids.length ? ['products', ...[...ids].sort()] : null;
  const { data, isLoading, isValidating, mutate } = useSWR(key, fetchAll, {
    revalidateOnFocus: true,
    dedupingInterval: 30_000,
    keepPreviousData: true,
  });
  const current = data?.offers ?? EMPTY;
  return {
    current,
    loading: isLoading || (isValidating && !data),
    unchecked: [...current.values()].filter((c) => c.status === 'unchecked').length,
    checkedAt: data?.at ?? null,
    retry: () => void mutate(),
  };
}
