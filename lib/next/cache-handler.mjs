/**
 * Next.js's page cache (incremental static regeneration), kept in this process's memory only:
 * bounded (LRU), never shared through the filesystem, and empty after a restart. Rendered
 * pages therefore never outlive the data source they were rendered from (a page rendered from
 * the mock catalog can never be served once live credentials are configured, or the reverse).
 *
 * Rendered product pages are also indexed by path, so that the HTTP server can send a fresh
 * one without going through routing and rendering at all (lib/next/rendered-pages.ts).
 *
 * A page that shows a failure (components/ui/upstream-error.tsx and app/error.tsx mark it) is never
 * kept: the next request renders it again instead of serving the failure for a minute, and an
 * older rendering of the page, if any, stays in place.
 */
import { LRUCache } from 'lru-cache';
import { FAILURE_MARK, renderedProductPages } from './rendered-index.mjs';

const entries = new LRUCache({ max: 1000 });
const pages = renderedProductPages();

const PAGE_PATH = /\/\$(\/products\/\d+)$/;
const DEFAULT_FRESH_S = 60;

function pageHtml(data) {
  const html = data?.kind === 'APP_PAGE' ? data.html : undefined;
  return typeof html === 'string'
    ? html
    : Buffer.isBuffer(html)
      ? html.toString('utf8')
      : undefined;
}

function indexPage(key, html, data, ctx) {
  const path = PAGE_PATH.exec(key)?.[1];
  if (!path) return;
  const revalidate = ctx?.cacheControl?.revalidate;
  const freshS = typeof revalidate === 'number' && revalidate > 0 ? revalidate : DEFAULT_FRESH_S;
  if (html && (data.status ?? 200) === 200) {
    pages.set(path, { html: Buffer.from(html), at: Date.now(), freshMs: freshS * 1000 });
  } else pages.delete(path);
}

export default class MemoryCacheHandler {
  async get(key) {
    return entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    const html = pageHtml(data);
    // Keep what was there before (a stale page beats an error page) and render again next time.
    if (html?.includes(FAILURE_MARK)) return;
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    indexPage(key, html, data, ctx);
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
