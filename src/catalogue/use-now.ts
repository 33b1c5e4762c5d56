import { useSyncExternalStore } from 'react';
import { useHydrated } from '../shared/use-hydrated';
import { dateInBelgium } from './staleness';

/*
 * One clock for the whole page, refreshed every minute so "open now" stays true while the page is open.
 * The result list and every card read the same instant and tick together, so a card never says "closed,
 * opens at 14:00" a moment after the list ranked it as open.
 *
 * Prerendered pages are HTML written at build time: they cannot know the time a young person opens them.
 * So the server, and the browser's first render of such a page (hydration), render with no clock: no
 * "open now", and "today" is the build day. The clock starts right after hydration, with the rest of
 * what the app changes then (shared/use-hydrated.tsx). A page the browser renders itself starts with it.
 */
let current: Date | undefined;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    current = new Date();
    listeners.forEach((notify) => notify());
  }, 60_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearInterval(timer);
    timer = undefined;
    // Nobody reads the clock any more: the next page starts from the real time, not an old minute.
    current = undefined;
  };
}

function snapshot(): Date {
  // While nobody listens (a render that was never shown, say), an old minute is not kept.
  if (!current || (listeners.size === 0 && Math.abs(Date.now() - current.getTime()) >= 60_000)) current = new Date();
  return current;
}

/**
 * The current time, the same instant for every component on the page, refreshed every minute; undefined
 * while the page is rendered at build time and while the browser takes that HTML over.
 */
export function useNow(): Date | undefined {
  const hydrated = useHydrated();
  // The same snapshot for hydration: React would otherwise render every card again at once, as one long
  // task, when the client's differs. No clock while prerendering or hydrating (see above).
  const now = useSyncExternalStore(subscribe, snapshot, snapshot);
  return hydrated ? now : undefined;
}

/**
 * The day the site was built (YYYY-MM-DD, Belgian time), set by vite.config.ts: the "today" of prerendered
 * HTML. Outside Vite (the static shell rendered by a script) it is the day the script runs.
 */
export const BUILD_DAY: string = import.meta.env?.VITE_BUILD_DAY ?? dateInBelgium(new Date());

/** Today in Belgium (YYYY-MM-DD) by the page's clock; the build day while there is no clock. */
export function useToday(): string {
  const now = useNow();
  return now ? dateInBelgium(now) : BUILD_DAY;
}
