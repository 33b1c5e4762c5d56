/**
 * Crisis detection (crisis-detection.ts with its patterns, about 9 KB gzip) loads right after the first
 * view, not with it (issue 13): the search page's first view is what a cheap phone waits for before it
 * works. It is asked for as soon as the app runs (view-code.ts), when the search box gets focus, and
 * before the first render when the address already holds a search; so it is here, also offline, long
 * before most people type.
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
 * Whether crisis detection is loaded; starts loading it after the first render (`load: false` only
 * listens). Put the value in the dependencies of whatever memoises a search.
 */
export function useCrisisDetection({ load = true }: { load?: boolean } = {}): boolean {
  return useLazyModule(crisisDetection, { load });
}
