import type { LRUCache } from 'lru-cache';

type Entry = { value: unknown; lastModified: number; tags: string[] };

export declare function sizeOf(value: unknown): number;
export declare function createStore(maxBytes?: number): LRUCache<string, Entry>;

export default class MemoryCacheHandler {
  constructor(options?: { store?: LRUCache<string, Entry> });
  get(key: string): Promise<Entry | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
  stats(): { entries: number; bytes: number };
}
