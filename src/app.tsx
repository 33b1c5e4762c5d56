/**
 * The first shell of Hulp HUB: loads the catalogue as the real app will and lists every provider.
 * The help finder (search, filters, provider pages, crisis lane) replaces this in the next step.
 */
import { useCallback, useEffect, useState } from 'react';
import { CatalogueLoadError, loadCatalogue, type CatalogueFailure, type LoadedCatalogue } from './catalogue/catalogue';
import { ProviderList } from './provider-list';

type LoadState = { status: 'loading' } | { status: 'ready'; data: LoadedCatalogue } | { status: 'failed'; failure: CatalogueFailure };

const FAILURE_TEXT: Record<CatalogueFailure, string> = {
  offline: 'De lijst met hulp kon niet laden. Ben je online? Probeer het opnieuw.',
  server: 'De lijst met hulp kon nu niet laden. Probeer het zo meteen opnieuw.',
  broken: 'De lijst met hulp is beschadigd. Probeer het later opnieuw.',
};

export function App() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const load = useCallback(() => {
    setState({ status: 'loading' });
    loadCatalogue().then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => setState({ status: 'failed', failure: error instanceof CatalogueLoadError ? error.failure : 'broken' }),
    );
  }, []);
  useEffect(load, [load]);

  return (
    <main>
      <h1>Hulp HUB</h1>
      <p>Hulp voor jongeren in Alken, Diepenbeek, Hasselt, Herk-de-Stad en Zonhoven.</p>
      {state.status === 'loading' && <p role="status">De lijst met hulp wordt geladen…</p>}
      {state.status === 'failed' && (
        <div role="alert">
          <p>{FAILURE_TEXT[state.failure]}</p>
          <button type="button" onClick={load}>
            Opnieuw proberen
          </button>
        </div>
      )}
      {state.status === 'ready' && <ProviderList providers={state.data.catalogue.providers} />}
    </main>
  );
}
