/** The app: the catalogue, loaded once, and the router with the route table of routes.tsx. */
import { createBrowserRouter } from 'react-router';
// From react-router/dom: it wires in ReactDOM.flushSync, which the search box relies on.
import { RouterProvider } from 'react-router/dom';
import { CatalogueProvider } from './catalogue/catalogue-context';
import { watchScroll } from './layout/scroll-on-navigation';
import { ROUTES } from './routes';

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
