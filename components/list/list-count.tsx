'use client';

import { lineCount } from '@/lib/domain/sourcing-list';
import { ListCountBadge } from './list-count-badge';
import { useSourcingList } from './list-store';

/** The lines in this browser's sourcing list, read through its schema. */
export function ListCount() {
  const { list } = useSourcingList();
  return <ListCountBadge lines={list ? lineCount(list) : null} />;
}
