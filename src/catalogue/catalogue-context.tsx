/**
 * Loads the catalogue once per page view and shares it. A failure keeps its kind (offline, server,
 * broken) so the page can say what happened; retry loads again. Facts too old to present as current are
 * marked on the way in (old-facts.ts).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useToday } from './use-now';
import { CatalogueLoadError, loadCatalogue, type CatalogueFailure, type LoadedCatalogue } from './catalogue';
import { markOldFacts } from './old-facts';

export type CatalogueState =
  { status: 'loading' } | { status: 'ready'; data: LoadedCatalogue } | { status: 'failed'; failure: CatalogueFailure };

type LoadState = { status: 'loading' } | { status: 'loaded'; data: LoadedCatalogue } | { status: 'failed'; failure: CatalogueFailure };

const CatalogueContext = createContext<{ state: CatalogueState; retry: () => void } | undefined>(undefined);

/**
 * `loaded`: the catalogue when it is already here, as it was loaded (prerendering at build time, and the
 * browser taking a prerendered page over): then nothing is fetched. Otherwise `load` fetches it.
 *
 * `today` (YYYY-MM-DD) is the day facts are dated against; it defaults to today in Belgium (the build day
 * while a prerendered page has no clock yet, see catalogue/use-now.ts). Tests pass a fixed day, so the
 * fictional catalogue's facts never age under them.
 */
export function CatalogueProvider({
  children,
  load = loadCatalogue,
  loaded,
  today,
}: {
  children: ReactNode;
  load?: typeof loadCatalogue;
  loaded?: LoadedCatalogue;
  today?: string;
}) {
  const [loadState, setLoadState] = useState<LoadState>(loaded ? { status: 'loaded', data: loaded } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const alreadyLoaded = loaded !== undefined && attempt === 0;
  useEffect(() => {
    if (alreadyLoaded) return;
    let current = true;
    load().then(
      (data) => current && setLoadState({ status: 'loaded', data }),
      (error: unknown) =>
        current && setLoadState({ status: 'failed', failure: error instanceof CatalogueLoadError ? error.failure : 'broken' }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt, alreadyLoaded]);
  const retry = useCallback(() => {
    setLoadState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const clockDay = useToday();
  const day = today ?? clockDay;
  // Facts are dated here, whatever loaded them, so no page can show an old fact as current. Again only
  // when the day changes, so the searcher built for this catalogue (searcherFor) is kept.
  const state = useMemo<CatalogueState>(
    () =>
      loadState.status === 'loaded'
        ? { status: 'ready', data: { ...loadState.data, catalogue: markOldFacts(loadState.data.catalogue, day) } }
        : loadState,
    [loadState, day],
  );
  const value = useMemo(() => ({ state, retry }), [state, retry]);
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue() {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('useCatalogue needs a <CatalogueProvider> around it');
  return value;
}
