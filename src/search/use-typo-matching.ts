/**
 * React's view of the lazily loaded typo matcher (typo-matching.ts): starts loading it and renders again
 * when it arrives, so results searched without typo matches are searched again with them.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { isTypoMatchingLoaded, loadTypoMatching, onTypoMatchingLoaded } from './typo-matching';

/**
 * Whether typo matching is loaded; starts loading it after the first render (`load: false` only
 * listens). Put the value in the dependencies of whatever memoises search results.
 */
export function useTypoMatching({ load = true }: { load?: boolean } = {}): boolean {
  const loaded = useSyncExternalStore(onTypoMatchingLoaded, isTypoMatchingLoaded, isTypoMatchingLoaded);
  useEffect(() => {
    // Offline, the search simply stays without typos; the next page that asks tries again.
    if (load && !loaded) loadTypoMatching().catch(() => undefined);
  }, [load, loaded]);
  return loaded;
}
