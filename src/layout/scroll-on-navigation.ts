/**
 * Scrolling as on a site of separate pages, with nothing stored on the device: a new page starts at the
 * top, a filter change keeps the place (those navigations pass `preventScrollReset`), and Back or
 * Forward return to where that page was left. Positions live in memory only. (React Router's
 * <ScrollRestoration> writes them to sessionStorage, and Hulp HUB promises to store nothing.)
 *
 * The router (src/app-router.tsx) tells `noteNavigation` of every change of location, before React
 * shows the new page; it notes where the page should be scrolled, and `useScrollOnNavigation` scrolls
 * there once it is on screen.
 */
import { useLayoutEffect } from 'react';
import { useLocation, type NavigationType } from 'react-router';

/** Where to scroll when the location with this key is shown; absent: leave the scroll alone. */
const pending = new Map<string, number>();
/** Where each location was left, by key, for Back and Forward. */
const leftAt = new Map<string, number>();
/** The key of the location on screen. */
let current = '';

/** Takes over scrolling from the browser; `initialKey`: the key of the location the page opened at. */
export function watchScroll(initialKey: string) {
  // The browser's own restoration would fight ours on Back (and runs before the page is rendered).
  window.history.scrollRestoration = 'manual';
  current = initialKey;
}

/** A navigation to the location with key `next`: `POP` for Back and Forward. */
export function noteNavigation(action: NavigationType, next: string, preventScrollReset: boolean) {
  if (next === current) return;
  leftAt.set(current, window.scrollY);
  current = next;
  if (action === 'POP') pending.set(next, leftAt.get(next) ?? 0);
  else if (!preventScrollReset) pending.set(next, 0);
}

/** Scrolls to the noted place once the new location has rendered (before the browser paints it). */
export function useScrollOnNavigation() {
  const { key } = useLocation();
  useLayoutEffect(() => {
    const top = pending.get(key);
    if (top === undefined) return;
    pending.delete(key);
    window.scrollTo(0, top);
  }, [key]);
}
