import type { DataSource } from '@/lib/domain/schemas';

/**
 * What the catalog answers: the data, where it came from, and when it was fetched; `stale` is
 * true when a cached copy is served because it is being refreshed or because 1688 failed.
 */
export type CatalogResult<T> = { data: T; source: DataSource; fetchedAt: string; stale: boolean };
