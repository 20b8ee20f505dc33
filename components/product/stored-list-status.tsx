'use client';

import { useSourcingList } from '@/components/list/list-store';
import { offerQuantity } from '@/lib/domain/sourcing-list';
import { ListStatus, type ListStatusProps } from './list-status';

/** The list status with what the stored list holds of this offer (loaded with the list). */
export function StoredListStatus(props: ListStatusProps) {
  const { list } = useSourcingList();
  const held = list ? offerQuantity(list, props.productId) : 0;
  return <ListStatus {...props} held={held} />;
}
