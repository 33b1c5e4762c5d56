import { useSyncExternalStore } from 'react';

/*
 * One clock for the whole page, refreshed every minute so "open now" stays true while the page is open.
 * The result list and every card read the same instant and tick together, so a card never says "closed,
 * opens at 14:00" a moment after the list ranked it as open.
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

/** The current time, the same instant for every component on the page, refreshed every minute. */
export function useNow(): Date {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
