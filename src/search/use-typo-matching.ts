/**
 * React's view of the lazily loaded typo matcher (typo-matching.ts): starts loading it and renders again
 * when it arrives, so results searched without typo matches are searched again with them.
 */
import { useLazyModule } from '../shared/use-lazy-module';
import { typoMatching } from './typo-matching';

/**
 * Whether typo matching is loaded; starts loading it after the first render (`load: false` only
 * listens). Put the value in the dependencies of whatever memoises search results.
 */
export function useTypoMatching({ load = true }: { load?: boolean } = {}): boolean {
  return useLazyModule(typoMatching, { load });
}
