/**
 * Loads the catalogue once per page view and shares it. A failure keeps its kind (offline, server,
 * broken) so the page can say what happened; retry loads again. Facts too old to present as current are
 * marked on the way in (old-facts.ts).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CatalogueLoadError, loadCatalogue, type CatalogueFailure, type LoadedCatalogue } from './catalogue';
import { markOldFacts } from './old-facts';
import { dateInBelgium } from './staleness';

export type CatalogueState =
  { status: 'loading' } | { status: 'ready'; data: LoadedCatalogue } | { status: 'failed'; failure: CatalogueFailure };

const CatalogueContext = createContext<{ state: CatalogueState; retry: () => void } | undefined>(undefined);

/**
 * `today` (YYYY-MM-DD) is the day facts are dated against; it defaults to today in Belgium when the
 * catalogue arrives. Tests pass a fixed day, so the fictional catalogue's facts never age under them.
 */
export function CatalogueProvider({
  children,
  load = loadCatalogue,
  today,
}: {
  children: ReactNode;
  load?: typeof loadCatalogue;
  today?: string;
}) {
  const [state, setState] = useState<CatalogueState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      // Facts are dated here, whatever loaded them, so no page can show an old fact as current.
      (data) =>
        current &&
        setState({ status: 'ready', data: { ...data, catalogue: markOldFacts(data.catalogue, today ?? dateInBelgium(new Date())) } }),
      (error: unknown) =>
        current && setState({ status: 'failed', failure: error instanceof CatalogueLoadError ? error.failure : 'broken' }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt, today]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const value = useMemo(() => ({ state, retry }), [state, retry]);
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue() {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('useCatalogue needs a <CatalogueProvider> around it');
  return value;
}
