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

let fuse: typeof FuseClass | undefined;
let loading: Promise<void> | undefined;
let generation = 0;
const listeners = new Set<() => void>();

/** Loads fuse.js once (its own chunk in the build); resolves when typo matching is available. */
export function loadTypoMatching(): Promise<void> {
  loading ??= import('fuse.js').then(
    (module) => {
      fuse = module.default;
      generation++;
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      // A failed download (offline) leaves the search without typos; a later call tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** fuse.js when it is loaded, otherwise undefined (then there are no typo matches). */
export function typoMatcher(): typeof FuseClass | undefined {
  return fuse;
}

/** Whether typo matching is available. */
export function isTypoMatchingLoaded(): boolean {
  return fuse !== undefined;
}

/**
 * Changes when typo matching becomes available: a cache of word matches made under another generation
 * lacks the typos and must be dropped.
 */
export function typoMatchingGeneration(): number {
  return generation;
}

/** Calls `listener` when typo matching becomes available; returns the function that stops it. */
export function onTypoMatchingLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
