/**
 * The app's router: React Router's declarative <Router> (half the code of its data router, which the app
 * did not use: one route, no loaders) over a browser history, with three things of our own in its
 * navigator, the object every Link and navigate() call goes through:
 *
 * - A view is shown only once its code is here (view-code.ts: its language's texts, its
 *   page): a link to another language loads that language first, then navigates. If the code cannot be
 *   loaded (offline), the browser loads the page itself, as a site of separate pages would.
 * - `flushSync: true` shows the new URL in the same frame (react-dom's flushSync): the search box shows
 *   the URL's value, so typing must not wait for a later render.
 * - Scrolling (layout/scroll-on-navigation.ts) hears every navigation with its `preventScrollReset`.
 */
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { parsePath, Router, type Location, type NavigateOptions, type Navigator, type NavigationType, type To } from 'react-router';
import { noteNavigation, watchScroll } from './layout/scroll-on-navigation';
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

function navigatorFor(history: AppHistory): Navigator {
  const go =
    (method: 'push' | 'replace') =>
    (to: To, state?: unknown, options: NavigateOptions = {}) => {
      const target = typeof to === 'string' ? parsePath(to) : to;
      const change = () => {
        navigating = options;
        try {
          if (options.flushSync) flushSync(() => history[method](to, state));
          else history[method](to, state);
        } finally {
          navigating = undefined;
        }
      };
      if (isViewReady(target.pathname ?? '/', target.search ?? '')) return change();
      prepareView(target.pathname ?? '/', target.search ?? '').then(change, () => window.location.assign(history.createHref(to)));
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
  const navigator = useMemo(() => navigatorFor(history), [history]);
  useLayoutEffect(() => {
    // Before any navigation, so the first one already scrolls.
    watchScroll(history.location.key);
    // The app runs: the pages a young person opens next load in the background.
    warmPageChunks();
    return history.listen(({ action, location }) => {
      noteNavigation(action, location.key, navigating?.preventScrollReset ?? false);
      const show = () => {
        // A later navigation may have come first: show only the location the history is at.
        if (history.location.key === location.key) setView({ action, location });
      };
      if (isViewReady(location.pathname, location.search)) return show();
      // Back or Forward to a view whose code is not here yet: load it, then show it (or reload the page).
      prepareView(location.pathname, location.search).then(show, () => window.location.reload());
    });
  }, [history]);
  // The first view: main.tsx prepares it before rendering; in tests the router waits for it here.
  const ready = isViewReady(view.location.pathname, view.location.search);
  const [, setPrepared] = useState(0);
  useLayoutEffect(() => {
    if (!ready) void prepareView(view.location.pathname, view.location.search).then(() => setPrepared((count) => count + 1));
  }, [ready, view.location]);
  return (
    <Router location={view.location} navigationType={view.action} navigator={navigator}>
      {ready ? children : null}
    </Router>
  );
}
