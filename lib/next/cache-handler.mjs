/**
 * Next.js's page cache (incremental static regeneration), kept in this process's memory only:
 * bounded (LRU), never shared through the filesystem, and empty after a restart. Rendered
 * pages therefore never outlive the data source they were rendered from (a page rendered from
 * the mock catalog can never be served once live credentials are configured, or the reverse).
 */
import { LRUCache } from 'lru-cache';

const entries = new LRUCache({ max: 1000 });

export default class MemoryCacheHandler {
  async get(key) {
    return entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
  }

  async revalidateTag(tags) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const [key, entry] of entries.entries()) {
      if (entry.tags.some((tag) => list.includes(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}
