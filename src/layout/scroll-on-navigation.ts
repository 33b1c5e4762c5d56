/**
 * Scrolling as on a site of separate pages, with nothing stored on the device: a new page starts at the
 * top, a filter change keeps the place (those navigations pass `preventScrollReset`), and Back or
 * Forward return to where that page was left. Positions live in memory only. (React Router's
 * <ScrollRestoration> writes them to sessionStorage, and Hulp HUB promises to store nothing.)
 *
 * `watchScroll` hears every navigation from the router, before React shows the new page, and notes
 * where it should be scrolled; `useScrollOnNavigation` scrolls there once it is on screen.
 */
import { useLayoutEffect } from 'react';
import { useLocation, type DataRouter } from 'react-router';

/** Where to scroll when the location with this key is shown; absent: leave the scroll alone. */
const pending = new Map<string, number>();
/** Where each location was left, by key, for Back and Forward. */
const leftAt = new Map<string, number>();

/** Starts noting scroll targets for the router's navigations. Returns a function that stops it. */
export function watchScroll(router: DataRouter): () => void {
  // The browser's own restoration would fight ours on Back (and runs before the page is rendered).
  window.history.scrollRestoration = 'manual';
  let current = router.state.location.key;
  return router.subscribe((state) => {
    const next = state.location.key;
    if (next === current) return; // a loading state or other change on the same page
    leftAt.set(current, window.scrollY);
    current = next;
    if (state.historyAction === 'POP') pending.set(next, leftAt.get(next) ?? 0);
    else if (!state.preventScrollReset) pending.set(next, 0);
  });
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
