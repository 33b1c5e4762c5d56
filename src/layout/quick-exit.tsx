/**
 * "Snel weg": leaves for a neutral site at once, replacing the current history entry so Back does not
 * return here. Also on the keyboard: Esc twice. Works as a plain link without JavaScript.
 */
import { useEffect } from 'react';
import type { TFunction } from 'i18next';

export const QUICK_EXIT_URL: string = import.meta.env?.VITE_QUICK_EXIT_URL || 'https://www.google.be/';
/** Two presses of Esc within this time leave the site; one press alone does nothing. */
const DOUBLE_PRESS_MS = 800;

export function leaveNow() {
  window.location.replace(QUICK_EXIT_URL);
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
    let last = 0;
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
