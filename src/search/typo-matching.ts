/**
 * The typo matcher (fuse.js), loaded when it is needed rather than with the first view: most visits
 * never type a typo, and fuse.js is about 8 KB gzip of JavaScript a cheap phone would parse for nothing.
 * Until it is here the search works without typo matches (words, their forms, starts and compounds
 * still match); once it is here every search uses it, and word matches remembered without it are
 * forgotten (see `typoMatchingGeneration`).
 *
 * Crisis detection (src/crisis) has its own typo tolerance and never waits for this.
 *
 * In the browser: start `loadTypoMatching()` after the page is interactive or when the search box gets
 * focus, and await it before the first render when the URL already holds a search. React components use
 * `useTypoMatching()` (use-typo-matching.ts) to render again when it arrives. Node scripts and tests
 * await `loadTypoMatching()` before searching.
 */
import type FuseClass from 'fuse.js';
import { lazyModule } from '../shared/lazy-module';

/** fuse.js, its own chunk in the build. */
export const typoMatching = lazyModule(() => import('fuse.js'));

let generation = 0;
typoMatching.subscribe(() => generation++);

/** Loads fuse.js once; resolves when typo matching is available (a failed download: a later call tries again). */
export function loadTypoMatching(): Promise<void> {
  return typoMatching.load();
}

/** fuse.js when it is loaded, otherwise undefined (then there are no typo matches). */
export function typoMatcher(): typeof FuseClass | undefined {
  return typoMatching.get()?.default;
}

/** Whether typo matching is available. */
export function isTypoMatchingLoaded(): boolean {
  return typoMatching.get() !== undefined;
}

/**
 * Changes when typo matching becomes available: a cache of word matches made under another generation
 * lacks the typos and must be dropped.
 */
export function typoMatchingGeneration(): number {
  return generation;
}
