'use client';

/**
 * The sourcing list of this browser, shared by the header count, the order form and /list.
 * Reading goes through the domain's versioned schema; a value it cannot read is set aside
 * under a key of its own (never deleted, and downloadable from /list) so that the buyer can
 * start a new list at once.
 */
import { useEffect } from 'react';
import * as z from '@/lib/domain/zod';
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import {
  type ListProblem,
  readList,
  type SourcingList,
  writeList,
} from '@/lib/domain/sourcing-list';

import { LIST_KEY, SET_ASIDE_KEY } from './list-keys';

export { LIST_KEY, SET_ASIDE_KEY };

export const listStore = createLocalStore(LIST_KEY, (raw) => readList(raw));

const setAside = z.object({
  savedAt: z.string(),
  message: z.string(),
  raw: z.string(),
  /** The problem's fields (ListProblem), so that the notice says it in the page's language. */
  kind: z.optional(z.enum(['corrupt', 'unsupported_version'])),
  detail: z.optional(z.string()),
  version: z.optional(z.string()),
  newer: z.optional(z.boolean()),
});
export type SetAside = z.infer<typeof setAside>;

export const setAsideStore = createLocalStore(SET_ASIDE_KEY, (raw): SetAside | null => {
  if (!raw) return null;
  try {
    const parsed = setAside.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { savedAt: '', message: 'unknown', raw };
  } catch {
    return { savedAt: '', message: 'unknown', raw };
  }
});

function putAside(raw: string, problem: ListProblem) {
  const value: SetAside = { savedAt: new Date().toISOString(), ...problem, raw };
  setAsideStore.write(JSON.stringify(value));
  listStore.write(null);
}

/** Applies a change to the list as it is stored now (another tab may have changed it). */
export function updateList(change: (list: SourcingList) => SourcingList): SourcingList {
  const next = change(listStore.get().list);
  listStore.write(writeList(next));
  return next;
}

export function useSourcingList(): {
  list: SourcingList | null;
  update: typeof updateList;
} {
  const result = useLocalStore(listStore);
  useEffect(() => {
    const raw = listStore.getRaw();
    if (result?.problem && raw) putAside(raw, result.problem);
  }, [result]);
  return { list: result ? result.list : null, update: updateList };
}

export function useSetAside(): { value: SetAside | null; discard: () => void } {
  const value = useLocalStore(setAsideStore);
  return { value, discard: () => setAsideStore.write(null) };
}
