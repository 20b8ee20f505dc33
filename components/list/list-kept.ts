'use client';

/**
 * Whether this browser keeps a sourcing list at all, told of every change the list store
 * makes. Reading it needs no schema, so that a page can show "no list" at once and load the
 * list and its schema (list-store.ts) only when there is one.
 */
import { createLocalStore, useLocalStore } from '@/components/storage/local-store';
import { LIST_KEY } from './list-keys';

const listKept = createLocalStore(LIST_KEY, (raw) => raw !== null);

/** Whether a list is stored; null until the browser has looked. */
export function useListKept(): boolean | null {
  return useLocalStore(listKept);
}
