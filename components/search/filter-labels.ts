import type { FilterName } from '@/lib/domain/capabilities';

/** What each filter is called in the filter panel and in the notes about counts. */
export const FILTER_LABELS: Record<FilterName, string> = {
  minPrice: 'Minimum price',
  maxPrice: 'Maximum price',
  maxMoq: 'Minimum order at most',
  factoryOnly: 'Factories only',
  shipsIn48h: 'Ships within 48 hours',
  onePiece: 'Dropshipping (one piece)',
};
