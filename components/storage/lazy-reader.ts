'use client';

/**
 * A stored value's reader (its schema) loaded the first time something stored needs reading,
 * rather than with the page: most visitors have stored nothing and never load it. Until it has
 * loaded, `read` says so (undefined); once it has, `onLoad` runs (the store reads again and
 * tells its components). A failed load is tried again at the next `read` or `ready` (a store
 * calls `read` again when its stored value changes).
 */
export type LazyReader<T> = {
  /** The value read from `raw`, or undefined while the reader loads (this starts it). */
  read(raw: string): T | undefined;
  /** Resolves once the reader has loaded; rejects if this attempt failed. */
  ready(): Promise<void>;
  loaded(): boolean;
};

export function lazyReader<T>(
  load: () => Promise<(raw: string) => T>,
  onLoad: () => void,
): LazyReader<T> {
  let reader: ((raw: string) => T) | null = null;
  let loading: Promise<void> | null = null;
  const ready = (): Promise<void> => {
    if (reader) return Promise.resolve();
    loading ??= Promise.resolve()
      .then(load)
      .then(
        (loaded) => {
          reader = loaded;
          onLoad();
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
    return loading;
  };
  return {
    read(raw) {
      if (reader) return reader(raw);
      ready().catch(() => undefined);
      return undefined;
    },
    ready,
    loaded: () => reader !== null,
  };
}
