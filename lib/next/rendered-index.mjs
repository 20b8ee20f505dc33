/**
 * What the page cache (cache-handler.mjs, loaded by Next.js as plain JavaScript) and the fast
 * path (rendered-pages.ts, bundled with the server) share: the index of rendered product pages,
 * on globalThis because each loads its own copy of this module, and the mark of a page that
 * shows a failure (set by components/ui/upstream-error.tsx and app/error.tsx), which neither
 * keeps.
 */
import { LRUCache } from 'lru-cache';

export const FAILURE_MARK = 'data-pifa-failure';

const INDEX = Symbol.for('pifa.renderedPages');

/** Rendered product pages by path: `{ html: Buffer, at: epoch ms, freshMs }`. */
export function renderedProductPages() {
  globalThis[INDEX] ??= new LRUCache({ max: 1000 });
  return globalThis[INDEX];
}
