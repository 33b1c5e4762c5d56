/**
 * The app: one route that reads the whole URL through routing/urls.ts and shows the right page inside
 * the shared layout. Keeping one route means the search page is not rebuilt when a filter moves a
 * value between path and query, so focus stays where the young person left it.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
// From react-router/dom: it wires in ReactDOM.flushSync, which the search box relies on.
import { RouterProvider } from 'react-router/dom';
import { CatalogueProvider } from './catalogue/catalogue-context';
import { crisisData } from './crisis/crisis-data';
import { AppLayout } from './layout/app-layout';
import { watchScroll } from './layout/scroll-on-navigation';
import { StaticShell } from './layout/static-shell';

/** If a page ever breaks, the header with quick exit and the crisis lane still show. */
export const ROUTES: RouteObject[] = [{ path: '*', element: <AppLayout />, errorElement: <StaticShell lines={crisisData.lines} message="pageError" inApp /> }];

const router = createBrowserRouter(ROUTES);
// Before the app renders, so the first navigation already scrolls (in memory only: nothing is stored).
watchScroll(router);

export function App() {
  return (
    <CatalogueProvider>
      <RouterProvider router={router} />
    </CatalogueProvider>
  );
}
