import { describe, expect, it } from 'vitest';
import { createImageStore, type StoredImage } from '@/lib/catalog/image-store';

const image = (id: string, kb: number): StoredImage => ({
  id,
  search: Buffer.alloc(kb * 1024),
  thumb: Buffer.alloc(1024),
  width: 10,
  height: 10,
  ref: `ref-${id}`,
  provider: 'mock',
});

describe('the store of uploaded pictures', () => {
  it('lets pictures go an hour after they were last used', () => {
    let now = 1_000_000;
    const store = createImageStore({ ttlMs: 3600_000, now: () => now });
    store.set(image('a', 10));
    store.set(image('b', 10));
    expect(store.expiresAt('a')).toBe(now + 3600_000);
    now += 50 * 60_000;
    expect(store.get('a')?.ref).toBe('ref-a');
    now += 20 * 60_000;
    expect(store.get('a')).toBeDefined();
    expect(store.get('b')).toBeUndefined();
    expect(store.expiresAt('b')).toBe(0);
  });

  it('keeps under its byte bound by letting the least recently used go', () => {
    const store = createImageStore({ maxBytes: 100 * 1024 });
    for (const id of ['a', 'b', 'c', 'd']) store.set(image(id, 30));
    expect(store.get('a')).toBeUndefined();
    expect(store.get('d')).toBeDefined();
    store.set(image('huge', 200));
    expect(store.get('huge')).toBeUndefined();
  });
});
