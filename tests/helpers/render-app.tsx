/** Renders the whole app at a URL, in memory, with the catalogue served by msw. */
import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ROUTES } from '../../src/routes';
import { CatalogueProvider } from '../../src/catalogue/catalogue-context';
import { server } from '../setup/msw';
import { builtCatalogue } from './built-catalogue';
import { TODAY } from './test-paths';

/** Handlers that serve the fictional catalogue (tests/fixtures/catalogue), built in memory. */
export function serveFixtureCatalogue() {
  const { catalogue, searchIndex } = builtCatalogue();
  server.use(
    http.get('*/data/catalogue.json', () => HttpResponse.json(catalogue)),
    http.get('*/data/search-index.json', () => HttpResponse.json(searchIndex)),
  );
}

/**
 * Renders the app at `url`. Facts are dated as of `today` (a fixed day by default), so the fictional
 * catalogue's numbers and hours do not age under the tests as years pass.
 */
export function renderApp(url: string, { today = TODAY }: { today?: string } = {}) {
  const router = createMemoryRouter(ROUTES, { initialEntries: [url] });
  const view = render(
    <CatalogueProvider today={today}>
      <RouterProvider router={router} />
    </CatalogueProvider>,
  );
  /** The current URL, as the address bar would show it. */
  const currentUrl = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, router, currentUrl };
}
