/**
 * "Snel weg": leaves for a neutral site at once, replacing the current history entry so Back does not
 * return here. Also on the keyboard: Esc twice. Works as a plain link without JavaScript.
 *
 * When someone has opened several Hulp HUB pages in this tab, Back would still reach the earlier ones.
 * React Router numbers its entries (history.state.idx), so we first blank the page, step back to the
 * first Hulp HUB entry, and replace that one.
 */
import { useEffect } from 'react';
import type { TFunction } from 'i18next';

export const QUICK_EXIT_URL: string = import.meta.env?.VITE_QUICK_EXIT_URL || 'https://www.google.be/';
/** Two presses of Esc within this time leave the site; one press alone does nothing. */
const DOUBLE_PRESS_MS = 800;

/** If stepping back does not finish in this time, leave from where we are. */
const STEP_BACK_TIMEOUT_MS = 400;

export function leaveNow() {
  const leave = () => window.location.replace(QUICK_EXIT_URL);
  const entriesOfOurs = (window.history.state as { idx?: number } | null)?.idx ?? 0;
  document.body.style.visibility = 'hidden';
  if (entriesOfOurs <= 0) return leave();
  const timer = window.setTimeout(leave, STEP_BACK_TIMEOUT_MS);
  window.addEventListener(
    'popstate',
    () => {
      window.clearTimeout(timer);
      leave();
    },
    { once: true },
  );
  window.history.go(-entriesOfOurs);
}

export function QuickExit({ t }: { t: TFunction }) {
  return (
    <a
      className="quick-exit"
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        leaveNow();
      }}
    >
      {t('quickExit.label')}
      <span className="visually-hidden"> {t('quickExit.hint')}</span>
    </a>
  );
}

export function useQuickExitShortcut() {
  useEffect(() => {
    // -Infinity, not 0: event times count from page load, so one early press must not look like a second.
    let last = -Infinity;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = event.timeStamp;
      if (now - last < DOUBLE_PRESS_MS) leaveNow();
      last = now;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
