import type { LRUCache } from 'lru-cache';

/** A rendered page, as the page cache or the fast path records it. */
export type RenderedPage = {
  html: Buffer;
  /** When it was rendered (epoch ms). */
  at: number;
  /** How long it stays fresh (ms). */
  freshMs: number;
  etag?: string;
  gzip?: Buffer;
};

export declare const FAILURE_MARK: string;
export declare function renderedProductPages(): LRUCache<string, RenderedPage>;
