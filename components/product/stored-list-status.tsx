'use client';

/** The status line with the stored list read (loaded with the list, when this browser has one). */

import { useSourcingList } from '@/components/list/list-store';
import { ListStatus, type ListStatusProps } from './list-status';

/** The list status with what the stored list holds of this offer (loaded with the list). */
export function StoredListStatus(props: ListStatusProps) {
  const { list } = useSourcingList();
  const held =
    list?.offers.find((o) => o.id === props.productId)?.lines.reduce((n, l) => n + l.quantity, 0) ??
    0;
  return <ListStatus {...props} held={held} />;
}
