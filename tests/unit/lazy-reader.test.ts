/**
 * A stored value's reader loads on the first read that needs it, tells the store once it has,
 * and is tried again after a failed load.
 */
import { describe, expect, it, vi } from 'vitest';
import { lazyReader } from '@/components/storage/lazy-reader';

const parse = (raw: string) => Number(raw);

describe('a lazily loaded reader', () => {
  it('reads nothing until it has loaded, then reads and says so once', async () => {
    const load = vi.fn(() => Promise.resolve(parse));
    const onLoad = vi.fn();
    const reader = lazyReader(load, onLoad);
    expect(load).not.toHaveBeenCalled();
    expect(reader.read('7')).toBeUndefined();
    expect(reader.read('8')).toBeUndefined();
    expect(reader.loaded()).toBe(false);
    await reader.ready();
    expect(load).toHaveBeenCalledTimes(1);
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(reader.loaded()).toBe(true);
    expect(reader.read('7')).toBe(7);
  });

  it('is loaded again after a failed attempt', async () => {
    const load = vi
      .fn<() => Promise<typeof parse>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(parse);
    const onLoad = vi.fn();
    const reader = lazyReader(load, onLoad);
    await expect(reader.ready()).rejects.toThrow('chunk failed');
    expect(onLoad).not.toHaveBeenCalled();
    expect(reader.read('3')).toBeUndefined();
    await reader.ready();
    expect(load).toHaveBeenCalledTimes(2);
    expect(reader.read('3')).toBe(3);
  });

  it('a read that starts a failing load rejects nothing unhandled', async () => {
    const reader = lazyReader(() => Promise.reject(new Error('offline')), vi.fn());
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    expect(reader.read('1')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('a load that throws at once is a failed load, tried again later', async () => {
    const load = vi
      .fn<() => Promise<typeof parse>>()
      .mockImplementationOnce(() => {
        throw new Error('no chunk');
      })
      .mockResolvedValue(parse);
    const reader = lazyReader(load, vi.fn());
    expect(reader.read('5')).toBeUndefined();
    await expect(reader.ready()).rejects.toThrow('no chunk');
    await reader.ready();
    expect(reader.read('5')).toBe(5);
  });
});
