/** Renders the whole app at a URL, in memory, with the catalogue served by msw. */
import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ROUTES } from '../../src/routes';
import { CatalogueProvider } from '../../src/catalogue/catalogue-context';
import { server } from '../setup/msw';
import { builtCatalogue } from './built-catalogue';

/** Handlers that serve the fictional catalogue (tests/fixtures/catalogue), built in memory. */
export function serveFixtureCatalogue() {
  const { catalogue, searchIndex } = builtCatalogue();
  server.use(
    http.get('*/data/catalogue.json', () => HttpResponse.json(catalogue)),
    http.get('*/data/search-index.json', () => HttpResponse.json(searchIndex)),
  );
}

export function renderApp(url: string) {
  const router = createMemoryRouter(ROUTES, { initialEntries: [url] });
  const view = render(
    <CatalogueProvider>
      <RouterProvider router={router} />
    </CatalogueProvider>,
  );
  /** The current URL, as the address bar would show it. */
  const currentUrl = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, router, currentUrl };
}
