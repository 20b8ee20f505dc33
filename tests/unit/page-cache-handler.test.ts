import { describe, expect, it } from 'vitest';
import MemoryCacheHandler, { createStore, sizeOf } from '@/lib/next/page-cache-handler.mjs';

const page = (bytes: number) => ({
  kind: 'APP_PAGE',
  html: 'x'.repeat(bytes),
  rscData: Buffer.alloc(bytes),
  segmentData: new Map([['/_tree', Buffer.alloc(100)]]),
  headers: { 'x-next-cache-tags': 'a' },
  status: 200,
});

describe('the page cache handler', () => {
  it('counts the bytes of strings, buffers and maps in an entry', () => {
    expect(sizeOf(page(1000))).toBeGreaterThanOrEqual(2100);
    expect(sizeOf(page(1000))).toBeLessThan(2400);
  });

  it('returns what it was given under the key it was given, whatever the key looks like', async () => {
    const handler = new MemoryCacheHandler({ store: createStore(1024 * 1024) });
    const key = '/route-cache/APP_PAGE/0123abcd/$/en/products/1';
    const data = page(10);
    await handler.set(key, data, { tags: ['t1'] });
    const got = await handler.get(key);
    expect(got?.value).toBe(data);
    expect(got?.tags).toEqual(['t1']);
    expect(await handler.get('/en/products/1')).toBeNull();
  });

  it('is bounded in bytes: 3,000 distinct pages never hold more than the bound', async () => {
    const bound = 2 * 1024 * 1024;
    const store = createStore(bound);
    const handler = new MemoryCacheHandler({ store });
    for (let i = 0; i < 3000; i++) await handler.set(`k${i}`, page(20_000), { tags: [] });
    expect(store.calculatedSize).toBeLessThanOrEqual(bound);
    // The most recent pages are kept, the oldest went first.
    expect(await handler.get('k2999')).not.toBeNull();
    expect(await handler.get('k0')).toBeNull();
  });

  it('shares one store per process: Next.js makes a handler per request', async () => {
    await new MemoryCacheHandler().set('shared-key', page(1), { tags: [] });
    expect((await new MemoryCacheHandler().get('shared-key'))?.value).toMatchObject({
      kind: 'APP_PAGE',
    });
  });

  it('forgets pages by tag, and a null set removes the entry', async () => {
    const handler = new MemoryCacheHandler({ store: createStore(1024 * 1024) });
    await handler.set('a', page(1), { tags: ['offer-1'] });
    await handler.set('b', page(1), { tags: ['offer-2'] });
    await handler.revalidateTag(['offer-1']);
    expect(await handler.get('a')).toBeNull();
    expect(await handler.get('b')).not.toBeNull();
    await handler.set('b', null, { tags: [] });
    expect(await handler.get('b')).toBeNull();
  });
});
