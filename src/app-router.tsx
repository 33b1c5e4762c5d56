/**
 * The app's router: React Router's declarative <Router> (half the code of its data router, which the app
 * did not use: one route, no loaders) over a browser history, with three things of our own in its
 * navigator, the object every AppLink and navigate() call goes through:
 *
 * - A view is shown only once its code is here (view-code.ts: its language's texts for that page, its
 *   page): a link to another language loads that language first, then navigates. If the code cannot be
 *   loaded (offline), the browser loads the page itself, as a site of separate pages would.
 * - `flushSync: true` shows the new URL in the same frame (react-dom's flushSync): the search box shows
 *   the URL's value, so typing must not wait for a later render. Typing (a replace with flushSync) shows
 *   its view at once and writes the browser's history after the key's frame (routing/typed-url.ts).
 * - Scrolling (layout/scroll-on-navigation.ts) hears every navigation with its `preventScrollReset`.
 */
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { parsePath, Router, type Location, type NavigateOptions, type Navigator, NavigationType, type To } from 'react-router';
import { noteNavigation, watchScroll } from './layout/scroll-on-navigation';
import { dropTypedUrl, writeTypedUrl, writeTypedUrlLater } from './routing/typed-url';
import { isViewReady, prepareView, warmPageChunks } from './view-code';

/** What the router needs of a history: React Router's browser history, or its memory history in tests. */
export interface AppHistory {
  readonly action: NavigationType;
  readonly location: Location;
  createHref(to: To): string;
  encodeLocation?(to: To): { pathname: string; search: string; hash: string };
  push(to: To, state?: unknown): void;
  replace(to: To, state?: unknown): void;
  go(delta: number): void;
  listen(listener: (update: { action: NavigationType; location: Location }) => void): () => void;
}

interface View {
  action: NavigationType;
  location: Location;
}

/** The navigation under way, for the history's listener, which hears only the new location. */
let navigating: NavigateOptions | undefined;
/**
 * Counts navigations: one that waits for its view's code or data goes ahead only if nothing came after it
 * (another navigation, or Back and Forward), so a tap followed quickly by Back stays where Back went.
 */
let navigationCount = 0;

/** A key for a location, as React Router's histories make them. */
function newKey(): string {
  return Math.random().toString(36).substring(2, 10);
}

function navigatorFor(history: AppHistory, show: (view: View) => void): Navigator {
  const go =
    (method: 'push' | 'replace') =>
    (to: To, state?: unknown, options: NavigateOptions = {}) => {
      const target = typeof to === 'string' ? parsePath(to) : to;
      const pathname = target.pathname ?? '/';
      const search = target.search ?? '';
      if (method === 'replace' && options.flushSync && isViewReady(pathname, search)) {
        // Typing: this location is shown now, under the key the history will give it when it is written.
        const location: Location = { pathname, search, hash: target.hash ?? '', state: state ?? null, key: newKey() };
        noteNavigation(NavigationType.Replace, location.key, options.preventScrollReset ?? false);
        flushSync(() => show({ action: NavigationType.Replace, location }));
        // Into the entry it was typed in only: after Back or Forward to a view still loading, the keys
        // typed into the old view meanwhile must not overwrite the entry the history went to.
        const entry = history.location.key;
        writeTypedUrlLater(() => {
          if (history.location.key === entry) history.replace(location, state);
        });
        return;
      }
      // Every other navigation comes after the typed address, in the entry it was typed in.
      writeTypedUrl();
      const change = () => {
        // Again: keys typed while this view's code loaded are written before it.
        writeTypedUrl();
        navigating = options;
        try {
          if (options.flushSync) flushSync(() => history[method](to, state));
          else history[method](to, state);
        } finally {
          navigating = undefined;
        }
      };
      const ticket = ++navigationCount;
      if (isViewReady(pathname, search)) return change();
      // A view that can open without what failed (a provider's details) opens; otherwise the browser loads the address.
      const stillWanted = () => ticket === navigationCount;
      prepareView(pathname, search).then(
        () => stillWanted() && change(),
        () => stillWanted() && (isViewReady(pathname, search) ? change() : window.location.assign(history.createHref(to))),
      );
    };
  return {
    createHref: (to) => history.createHref(to),
    encodeLocation: history.encodeLocation ? (to) => history.encodeLocation!(to) : undefined,
    go: (delta) => history.go(delta),
    push: go('push'),
    replace: go('replace'),
  };
}

export function AppRouter({ history, children }: { history: AppHistory; children: ReactNode }) {
  const [view, setView] = useState<View>({ action: history.action, location: history.location });
  const navigator = useMemo(() => navigatorFor(history, setView), [history]);
  useLayoutEffect(() => {
    // Before any navigation, so the first one already scrolls.
    watchScroll(history.location.key);
    // The app runs: the pages a young person opens next load in the background.
    warmPageChunks(history.location.pathname, history.location.search);
    // Leaving the page: the address as typed, where the browser still takes it (the back/forward cache).
    window.addEventListener('pagehide', writeTypedUrl);
    const stopListening = history.listen(({ action, location }) => {
      // Back or Forward left the entry a pending typed address was for.
      if (action === 'POP') {
        dropTypedUrl();
        // A navigation still waiting for its view's code is dropped: Back or Forward came after it.
        navigationCount++;
      }
      noteNavigation(action, location.key, navigating?.preventScrollReset ?? false);
      const show = () => {
        // A later navigation may have come first: show only the location the history is at. A typed
        // address, written now, is on screen already (same key): nothing renders again.
        if (history.location.key === location.key)
          setView((shown) => (shown.location.key === location.key && shown.action === action ? shown : { action, location }));
      };
      if (isViewReady(location.pathname, location.search)) return show();
      // Back or Forward to a view whose code is not here yet: load it, then show it (or reload the page).
      prepareView(location.pathname, location.search).then(show, () =>
        isViewReady(location.pathname, location.search) ? show() : window.location.reload(),
      );
    });
    return () => {
      stopListening();
      window.removeEventListener('pagehide', writeTypedUrl);
      dropTypedUrl();
    };
  }, [history]);
  // The first view: main.tsx prepares it before rendering; in tests the router waits for it here.
  const ready = isViewReady(view.location.pathname, view.location.search);
  const [, setPrepared] = useState(0);
  useLayoutEffect(() => {
    const prepared = () => setPrepared((count) => count + 1);
    if (!ready) void prepareView(view.location.pathname, view.location.search).then(prepared, prepared);
  }, [ready, view.location]);
  return (
    <Router location={view.location} navigationType={view.action} navigator={navigator}>
      {ready ? children : null}
    </Router>
  );
}
