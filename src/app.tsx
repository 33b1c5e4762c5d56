/** The app: the catalogue, loaded once, and the router (app-router.tsx) with the pages of routes.tsx. */
import { UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import type { LoadedCatalogue } from './catalogue/catalogue';
import { CatalogueProvider } from './catalogue/catalogue-context';
import { useEffect } from 'react';
import { disarmEarlyQuickExit } from './layout/quick-exit';
import { AppRoutes } from './routes';
import { HydratedProvider } from './shared/use-hydrated';
import { AppRouter, type AppHistory } from './app-router';
import { OpeningViewContext, searchViewKey } from './routing/opening-view';

// v5Compat: the history tells the router of every change at once (as React Router's BrowserRouter has it).
const browserHistory = createBrowserHistory({ v5Compat: true });
/** The view this page load opened with (routing/opening-view.ts). */
const OPENING_VIEW = searchViewKey(window.location.pathname, window.location.search);

/**
 * `loaded`: the catalogue, when main.tsx already has it (it takes over a prerendered page with it).
 * `load`: how to fetch it otherwise. `history`: the browser's, or a memory history in tests.
 * `hydrating`: the app takes a prerendered page over (shared/use-hydrated.tsx).
 */
export function App({
  loaded,
  load,
  history = browserHistory,
  hydrating = false,
}: {
  loaded?: LoadedCatalogue;
  load?: () => Promise<LoadedCatalogue>;
  history?: AppHistory;
  hydrating?: boolean;
}) {
  // The page's own quick exit now runs (its effects ran first): the early one of main.tsx stops.
  useEffect(() => disarmEarlyQuickExit(), []);
  return (
    <HydratedProvider hydrating={hydrating}>
      <CatalogueProvider loaded={loaded} load={load}>
        <OpeningViewContext.Provider value={OPENING_VIEW}>
          <AppRouter history={history}>
            <AppRoutes />
          </AppRouter>
        </OpeningViewContext.Provider>
      </CatalogueProvider>
    </HydratedProvider>
  );
}
