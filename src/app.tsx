/** The app: the catalogue, loaded once, and the router with the route table of routes.tsx. */
import { createBrowserRouter } from 'react-router';
// From react-router/dom: it wires in ReactDOM.flushSync, which the search box relies on.
import { RouterProvider } from 'react-router/dom';
import type { LoadedCatalogue } from './catalogue/catalogue';
import { CatalogueProvider } from './catalogue/catalogue-context';
import { useEffect } from 'react';
import { disarmEarlyQuickExit } from './layout/quick-exit';
import { watchScroll } from './layout/scroll-on-navigation';
import { ROUTES } from './routes';
import { OpeningViewContext, searchViewKey } from './routing/opening-view';

const router = createBrowserRouter(ROUTES);
/** The view this page load opened with (routing/opening-view.ts). */
const OPENING_VIEW = searchViewKey(window.location.pathname, window.location.search);
// Before the app renders, so the first navigation already scrolls (in memory only: nothing is stored).
watchScroll(router);

/**
 * `loaded`: the catalogue, when main.tsx already has it (it takes over a prerendered page with it).
 * `load`: how to fetch it otherwise.
 */
export function App({ loaded, load }: { loaded?: LoadedCatalogue; load?: () => Promise<LoadedCatalogue> }) {
  // The page's own quick exit now runs (its effects ran first): the early one of main.tsx stops.
  useEffect(() => disarmEarlyQuickExit(), []);
  return (
    <CatalogueProvider loaded={loaded} load={load}>
      <OpeningViewContext.Provider value={OPENING_VIEW}>
        <RouterProvider router={router} />
      </OpeningViewContext.Provider>
    </CatalogueProvider>
  );
}
