/** Renders the whole app at a URL, in memory, with the catalogue served by msw. */
import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { AppRoutes } from '../../src/routes';
import { AppRouter } from '../../src/app-router';
import { CatalogueProvider } from '../../src/catalogue/catalogue-context';
import { toCatalogueFile } from '../../src/catalogue/catalogue-file';
import { forgetProviderDetails } from '../../src/catalogue/provider-details';
import { server } from '../setup/msw';
import { builtCatalogue } from './built-catalogue';
import { TODAY } from './test-paths';

/**
 * Handlers that serve the fictional catalogue (tests/fixtures/catalogue), built in memory, to a page
 * that has loaded no provider's details yet.
 */
export function serveFixtureCatalogue() {
  forgetProviderDetails();
  const { catalogue, searchIndex, details } = builtCatalogue();
  server.use(
    http.get('*/data/catalogue.json', () => HttpResponse.json(toCatalogueFile(catalogue))),
    http.get('*/data/search-index.json', () => HttpResponse.json(searchIndex)),
    http.get('*/data/details/:file', ({ params }) => {
      const found = details[String(params.file).replace(/\.json$/, '')];
      return found ? HttpResponse.json(found) : new HttpResponse('Not found', { status: 404 });
    }),
  );
}

/**
 * Renders the app at `url`, with the app's router over a memory history (`history`: go back with
 * history.go(-1)). Facts are dated as of `today` (a fixed day by default), so the fictional catalogue's
 * numbers and hours do not age under the tests as years pass.
 */
export function renderApp(url: string, { today = TODAY }: { today?: string } = {}) {
  const history = createMemoryHistory({ initialEntries: [url], v5Compat: true });
  const view = render(
    <CatalogueProvider today={today}>
      <AppRouter history={history}>
        <AppRoutes />
      </AppRouter>
    </CatalogueProvider>,
  );
  /** The current URL, as the address bar would show it. */
  const currentUrl = () => `${history.location.pathname}${history.location.search}`;
  return { ...view, history, currentUrl };
}
