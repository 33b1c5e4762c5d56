/**
 * Crisis detection (crisis-detection.ts with its patterns, about 9 KB gzip) loads right after the first
 * view, not with it (issue 13): the search page's first view is what a cheap phone waits for before it
 * works. It is asked for right after the first paint of a search page (main.tsx), as soon as the app
 * runs (view-code.ts, warmPageChunks), before the first render when the address already holds a search
 * (prepareView), and again when the search box gets focus (after a failed download); so it is here,
 * also offline, long before most people type.
 *
 * Until it is here, a search with words counts as a crisis for the lane: the helplines come up with the
 * first key whatever was typed, never later than they would with detection loaded
 * (search-sounds-like-crisis.ts). The search itself ranks without the crisis rules until then, and again
 * with them when detection arrives (`useCrisisDetection`).
 */
import type { detectCrisis } from './crisis-detection';
import { lazyModule } from '../shared/lazy-module';
import { useLazyModule } from '../shared/use-lazy-module';

const crisisDetection = lazyModule(() => import('./crisis-detection'));

/** Loads crisis detection once; rejects when the download failed (a later call tries again). */
export function loadCrisisDetection(): Promise<void> {
  return crisisDetection.load();
}

/** The detector once it is loaded, otherwise undefined (then the lane treats every search with words as a crisis). */
export function crisisDetector(): typeof detectCrisis | undefined {
  return crisisDetection.get()?.detectCrisis;
}

/**
 * Whether crisis detection is loaded, rendering again when it arrives. It only listens: the loads start
 * where the module says above. Put the value in the dependencies of whatever memoises a search.
 */
export function useCrisisDetection(): boolean {
  return useLazyModule(crisisDetection, { load: false });
}
