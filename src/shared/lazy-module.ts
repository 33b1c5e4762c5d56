/**
 * A module loaded when it is needed rather than with the first view (issue 13: every KB a cheap phone
 * downloads and parses before the page works counts), that code can still ask for synchronously: it is
 * undefined until it is here. Whoever listens hears when it arrives, so React renders again
 * (`useLazyModule`, use-lazy-module.ts). A failed download (offline) is forgotten, so the next `load()`
 * tries again.
 */
export interface LazyModule<T> {
  /** Loads the module once; resolves when `get()` has it, rejects when the download failed. */
  load(): Promise<void>;
  /** The module once it is here, otherwise undefined. */
  get(): T | undefined;
  /** Calls `listener` when the module arrives; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  return {
    load() {
      loading ??= importModule().then(
        (module) => {
          loaded = module;
          for (const listener of [...listeners]) listener();
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    get: () => loaded,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
