/**
 * React's view of a lazily loaded module (lazy-module.ts): whether it is here, and a render again when it
 * arrives.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { LazyModule } from './lazy-module';

/**
 * Whether `module` is loaded; starts loading it after the first render (`load: false` only listens).
 * Put the value in the dependencies of whatever memoises a result the module changes.
 */
export function useLazyModule(module: LazyModule<unknown>, { load = true }: { load?: boolean } = {}): boolean {
  const isLoaded = () => module.get() !== undefined;
  const loaded = useSyncExternalStore(module.subscribe, isLoaded, isLoaded);
  useEffect(() => {
    // Offline, whoever uses the module goes on without it; the next render that asks tries again.
    if (load && !loaded) module.load().catch(() => undefined);
  }, [module, load, loaded]);
  return loaded;
}
