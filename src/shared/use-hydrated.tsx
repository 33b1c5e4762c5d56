import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * False while a page is prerendered and while the browser's first render takes that HTML over; true
 * once the app runs. Controls that only work with the app (the search box, the filters) are disabled
 * until then, so a tap on them before the page is live is not silently lost: the browser shows them as
 * not ready yet, and without JavaScript they stay so while the links keep working.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
