/**
 * How many results the list shows: the first RESULT_WINDOW, and RESULT_WINDOW more each time someone
 * asks ("Toon meer"). A phone shows three or four cards per screen, so the first window is about three
 * screenfuls; rendering every result (thousands in a large catalogue) made each keystroke slow.
 *
 * The window belongs to one search: another search starts again at the first window. It is remembered
 * per history entry, in memory only (like the scroll positions in layout/scroll-on-navigation.ts), so Back
 * from a provider page shows the list as long as it was and scrolls to where it was left. A page load
 * starts with the first window, as its prerendered HTML does, so the browser takes that HTML over as is.
 */
import { useState } from 'react';

/** Results shown at first, and added by each "Toon meer". */
export const RESULT_WINDOW = 10;

/** Per history entry (location key): the search it showed, and how many results. */
const shownPerEntry = new Map<string, { search: string; count: number }>();

/** Forgets every remembered window, as a new page load does (for tests that render several apps in one load). */
export function forgetResultWindows(): void {
  shownPerEntry.clear();
}

export interface ResultWindow {
  /** How many results to show (never more than there are). */
  count: number;
  /** Shows RESULT_WINDOW more; returns how many are shown then. */
  showMore: () => number;
}

/**
 * `search`: the search the results belong to (its URL); `total`: how many results it has; `key`: the
 * history entry's key (the location's). Passed in rather than read from the router, so the results do not
 * render again for every keystroke's location before their search has changed.
 */
export function useResultWindow(search: string, total: number, key: string): ResultWindow {
  const remembered = shownPerEntry.get(key);
  const [asked, setAsked] = useState<{ key: string; search: string; count: number } | undefined>(undefined);
  // What someone asked for on this entry and this search; anything else starts at the first window.
  const current =
    asked && asked.key === key && asked.search === search ? asked.count : remembered?.search === search ? remembered.count : RESULT_WINDOW;
  const count = Math.min(current, total);
  return {
    count,
    showMore: () => {
      const next = Math.min(count + RESULT_WINDOW, total);
      shownPerEntry.set(key, { search, count: next });
      setAsked({ key, search, count: next });
      return next;
    },
  };
}
