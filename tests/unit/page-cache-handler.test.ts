import { beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module that Next.js loads by path; it has no type declarations.
import MemoryCacheHandler from '@/lib/next/cache-handler.mjs';
import { renderedProductPages as pages } from '@/lib/next/rendered-index.mjs';

const KEY = '/products/[id]/$/products/612345678901';
const page = (html: string, status = 200) => ({ kind: 'APP_PAGE', html, status, headers: {} });
const ctx = { tags: ['_N_T_/products/[id]/page'], cacheControl: { revalidate: 60 } };

describe('the page cache handler', () => {
  let handler: {
    get(key: string): Promise<{ value: { html: string } } | null>;
    set(key: string, data: unknown, ctx?: unknown): Promise<void>;
    revalidateTag(tags: string[]): Promise<void>;
  };
  beforeEach(() => {
    handler = new MemoryCacheHandler();
    pages().clear();
  });

  it('keeps a rendered product page and indexes it by path with its lifetime', async () => {
    await handler.set(KEY, page('<h1>Tumbler</h1>'), { ...ctx, cacheControl: { revalidate: 30 } });
    expect((await handler.get(KEY))?.value.html).toBe('<h1>Tumbler</h1>');
    const indexed = pages().get('/products/612345678901');
    expect(indexed?.html.toString()).toBe('<h1>Tumbler</h1>');
    expect(indexed?.freshMs).toBe(30_000);
  });

  it('never keeps a page that shows an upstream failure, and keeps the older rendering', async () => {
    const failed = '<section role="alert" data-pifa-failure="">Gateway down</section>';
    await handler.set('/products/[id]/$/products/698765432109', page(failed), ctx);
    expect(await handler.get('/products/[id]/$/products/698765432109')).toBeNull();
    expect(pages().get('/products/698765432109')).toBeUndefined();

    await handler.set(KEY, page('<h1>Tumbler</h1>'), ctx);
    await handler.set(KEY, page(failed), ctx);
    expect((await handler.get(KEY))?.value.html).toBe('<h1>Tumbler</h1>');
    expect(pages().get('/products/612345678901')?.html.toString()).toBe('<h1>Tumbler</h1>');
  });

  it('does not index pages that are not a product page answered 200', async () => {
    await handler.set(KEY, page('<h1>Not found</h1>', 404), ctx);
    expect(pages().get('/products/612345678901')).toBeUndefined();
    await handler.set('/categories/$/categories', page('<h1>All</h1>'), ctx);
    expect(pages().get('/categories')).toBeUndefined();
  });

  it('forgets tagged pages and the index on revalidation', async () => {
    await handler.set(KEY, page('<h1>Tumbler</h1>'), ctx);
    await handler.revalidateTag(['_N_T_/products/[id]/page']);
    expect(await handler.get(KEY)).toBeNull();
    expect(pages().get('/products/612345678901')).toBeUndefined();
  });
});
