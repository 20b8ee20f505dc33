/**
 * Next.js's page cache (incremental static regeneration), kept in this process's memory only:
 * bounded (LRU), never shared through the filesystem, and empty after a restart. Rendered
 * pages therefore never outlive the data source they were rendered from (a page rendered from
 * the mock catalog can never be served once live credentials are configured, or the reverse).
 *
 * Rendered product pages are also indexed by path, so that proxy.ts can send a fresh one
 * without going through routing and rendering at all.
 */
import { LRUCache } from 'lru-cache';

const entries = new LRUCache({ max: 1000 });
const PAGES = Symbol.for('pifa.renderedPages');
globalThis[PAGES] ??= new LRUCache({ max: 1000 });
const pages = globalThis[PAGES];

const PAGE_PATH = /\/\$(\/products\/\d+)$/;

function indexPage(key, data) {
  const path = PAGE_PATH.exec(key)?.[1];
  if (!path) return;
  const html = data?.kind === 'APP_PAGE' ? data.html : undefined;
  const text =
    typeof html === 'string' ? html : Buffer.isBuffer(html) ? html.toString('utf8') : undefined;
  if (text && (data.status ?? 200) === 200) pages.set(path, { html: text, at: Date.now() });
  else pages.delete(path);
}

export default class MemoryCacheHandler {
  async get(key) {
    return entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    indexPage(key, data);
  }

  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const [key, entry] of entries.entries()) {
      if (entry.tags.some((tag) => list.includes(tag))) entries.delete(key);
    }
    pages.clear();
  }

  resetRequestCache() {}
}
