/**
 * "Snel weg": leaves for a neutral site at once, so that neither Back nor Forward shows Hulp HUB again.
 * Also on the keyboard: Esc twice. Without JavaScript it is a plain link to the neutral site.
 *
 * A page cannot delete history entries; it can only replace the one it is on, and pushState drops every
 * entry after it. So, on exit:
 * 1. hide the page;
 * 2. step back to the first history entry of this document (every in-app navigation is same-document,
 *    see site-header.tsx). Never further: an entry of another document would load a Hulp HUB page;
 * 3. there, replace that entry with the blank bounce page (weg.html) and push it once more, which drops
 *    every Forward entry (the Hulp HUB pages just stepped over);
 * 4. replace that last entry with the neutral site.
 * History then holds one Hulp HUB entry, the bounce page, which leaves again the moment Back lands on it
 * (and if the browser restores this page from its back/forward cache instead, `pageshow` leaves again).
 *
 * "This document's entries": the entries the site's in-app navigations made with pushState stay with the
 * page, also when the page loads anew into one of them: a reload, or Back from another site to a page the
 * browser did not keep in memory. The new page takes them all over, and stepping back to them loads
 * nothing (HTML's shared "document state"; Chromium, Firefox and Safari alike).
 * - The Navigation API, where there is one, lists them (entry.sameDocument).
 * - Without it (Safari before 26.2, Firefox before 147), React Router's numbering does: history.state.idx
 *   is 0 at the entry where the site was loaded by a new navigation, counts on with every in-app
 *   navigation, and is kept through a reload or Back. So a page loaded by a reload, Back or Forward
 *   (performance navigation type) starts at idx 0; any other starts at the idx it found.
 *
 * What a page cannot reach, the footer says plainly: the browser's history list, and in the tab the
 * entries of another, earlier load of the site (the link opened again from another app, a link followed
 * before JavaScript ran or without it). Stepping there would load a Hulp HUB page, so those stay
 * (tests/e2e/quick-exit.e2e.ts shows exactly which).
 */
import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { BOUNCE_FILE, checkedExitUrl } from './quick-exit-config';
import { dropTypedUrl } from '../routing/typed-url';

export const QUICK_EXIT_URL: string = checkedExitUrl(import.meta.env?.VITE_QUICK_EXIT_URL);
/** The bounce page, built with the site (see vite.config.ts). */
export const BOUNCE_URL = `${import.meta.env?.BASE_URL ?? '/'}${BOUNCE_FILE}`;

/** Two presses of Esc within this time leave the site; one press alone does nothing. */
const DOUBLE_PRESS_MS = 800;

/**
 * If stepping back has not finished in this time, leave from where we are. A same-document step takes
 * milliseconds; the limit is generous because leaving early would keep Hulp HUB entries behind, and the
 * page is already hidden while we wait.
 */
const STEP_BACK_TIMEOUT_MS = 2_000;

/** React Router's history entry position (history.state.idx) of this document's first entry. */
const FIRST_IDX_OF_DOCUMENT = typeof window === 'undefined' || loadedIntoEarlierEntry() ? 0 : (readIdx() ?? 0);

/**
 * Whether this page was loaded into an entry the tab already had (a reload, Back or Forward): it then
 * holds every entry React Router numbered before it, from idx 0.
 */
function loadedIntoEarlierEntry(): boolean {
  const performance = window.performance as Performance | undefined;
  const [entry] = performance?.getEntriesByType?.('navigation') ?? [];
  const type = (entry as PerformanceNavigationTiming | undefined)?.type;
  if (type) return type === 'reload' || type === 'back_forward';
  // Safari before 15 has only the first Navigation Timing: 1 is a reload, 2 Back or Forward.
  const legacyType = (performance as { navigation?: { type?: number } } | undefined)?.navigation?.type;
  return legacyType === 1 || legacyType === 2;
}

function readIdx(): number | undefined {
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : undefined;
}

/** The part of the Navigation API used here (not yet in TypeScript's DOM types). */
interface NavigationApi {
  currentEntry: { index: number } | null;
  entries(): { index: number; sameDocument: boolean }[];
}

/** How many entries back this document's first history entry is. */
function stepsToFirstEntryOfDocument(): number {
  // The Navigation API knows exactly which entries belong to this document, hash entries included.
  const navigation = (window as { navigation?: NavigationApi }).navigation;
  const current = navigation?.currentEntry;
  if (navigation && current) {
    const first = navigation.entries().find((entry) => entry.sameDocument);
    if (first) return Math.max(0, current.index - first.index);
  }
  // Elsewhere, React Router's numbering, from this document's first entry.
  const idx = readIdx();
  return idx === undefined ? 0 : Math.max(0, idx - FIRST_IDX_OF_DOCUMENT);
}

let leaving = false;

export function leaveNow() {
  if (leaving) return;
  leaving = true;
  document.body.style.visibility = 'hidden';
  // The words just typed must not be written into an entry after this erased it (routing/typed-url.ts).
  dropTypedUrl();
  // The browser may keep this page in its back/forward cache and show it again on Back: leave again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.replace(QUICK_EXIT_URL);
  });

  const steps = stepsToFirstEntryOfDocument();
  if (steps === 0) return forgetAndLeave();
  let done = false;
  const arrived = () => {
    if (done) return;
    done = true;
    window.clearTimeout(timer);
    window.removeEventListener('popstate', arrived);
    forgetAndLeave();
  };
  const timer = window.setTimeout(arrived, STEP_BACK_TIMEOUT_MS);
  window.addEventListener('popstate', arrived);
  window.history.go(-steps);
}

/** On this document's first entry: leave the bounce page as its only trace, drop Forward, go. */
function forgetAndLeave() {
  // Entries keep the page title (the long-press Back menu shows it): no topic or provider name there.
  document.title = '';
  window.history.replaceState(null, '', BOUNCE_URL);
  // pushState drops every Forward entry; the entry it adds is the one the neutral site replaces.
  window.history.pushState(null, '', BOUNCE_URL);
  // The neutral site need not learn where the visitor came from.
  setReferrerPolicy('no-referrer');
  window.location.replace(QUICK_EXIT_URL);
}

function setReferrerPolicy(policy: string) {
  let meta = document.querySelector<HTMLMetaElement>('meta[name="referrer"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'referrer';
    document.head.append(meta);
  }
  meta.content = policy;
}

export function QuickExit({ t }: { t: TFunction }) {
  return (
    <div className="quick-exit-bar">
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
    </div>
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

let disarmEarly: (() => void) | undefined;

/**
 * Quick exit while the page's HTML shows but the app has not taken it over yet (a prerendered page waits
 * for the catalogue before it does): a tap on "Snel weg" or Esc twice leaves as it does in the app,
 * instead of following the plain link, which would leave this page one Back away. The app calls
 * disarmEarlyQuickExit once its own handlers run.
 */
export function armEarlyQuickExit() {
  let last = -Infinity;
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a.quick-exit') : null;
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    // Before React hears the tap: on a page it is still taking over, React would first finish that
    // (hydration comes in pieces, main.tsx), and leaving must not wait for it.
    event.stopPropagation();
    leaveNow();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (event.timeStamp - last < DOUBLE_PRESS_MS) leaveNow();
    last = event.timeStamp;
  };
  // Capture: before the app's own handlers on the page's root.
  document.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKey);
  disarmEarly = () => {
    document.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKey);
  };
}

export function disarmEarlyQuickExit() {
  disarmEarly?.();
  disarmEarly = undefined;
}
