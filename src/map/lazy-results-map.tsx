/**
 * The map view, loaded only when someone opens it. If its code cannot load (offline, or a new deploy
 * removed the old chunk), the search and the results stay: a short message, a button to try again, and
 * the list in place of the map. Without this, the failed import would reach the route's error page and
 * take the whole search with it.
 *
 * React.lazy keeps a rejected import for good, so every new try needs a new lazy component.
 */
import { Component, lazy, Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { loadResultsMap } from './load-results-map';
import type { ResultsMapProps } from './results-map';

let ResultsMap: ComponentType<ResultsMapProps> = lazy(() => loadResultsMap());

/** After a failure the next render, a retry or opening the map later, loads anew. */
function loadAgainNextTime() {
  ResultsMap = lazy(() => loadResultsMap({ again: true }));
}

export interface LazyResultsMapProps extends ResultsMapProps {
  /** The list of the same results: shown instead of the map when the map cannot load. */
  renderList: () => ReactNode;
}

export function LazyResultsMap({ renderList, ...mapProps }: LazyResultsMapProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const retry = () => {
    // The retry button goes away while the map loads: keep keyboard focus in this part of the page.
    frame.current?.focus();
    setAttempt((n) => n + 1);
  };

  return (
    <div ref={frame} className="map-frame" tabIndex={-1}>
      <LoadBoundary
        key={attempt}
        onError={loadAgainNextTime}
        fallback={<MapLoadFailed retried={attempt > 0} onRetry={retry} list={renderList()} />}
      >
        <Suspense fallback={<p className="status-line">{t('map.loading')}</p>}>
          <ResultsMap {...mapProps} />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}

/**
 * What shows when the map's code did not load. First: try again (the usual cause is a lost connection).
 * When a retry fails while the phone is online, the site was probably updated and the old map file is
 * gone: only loading the page again helps, and the URL holds the whole view.
 */
function MapLoadFailed({ retried, onRetry, list }: { retried: boolean; onRetry: () => void; list: ReactNode }) {
  const { t } = useTranslation();
  const reloadNeeded = retried && navigator.onLine;
  return (
    <>
      <div className="status-box" role="alert">
        <p>{reloadNeeded ? t('map.failedAgain') : t('map.failed')}</p>
        {reloadNeeded ? (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('map.reload')}
          </button>
        ) : (
          <button type="button" className="button" onClick={onRetry}>
            {t('map.retry')}
          </button>
        )}
      </div>
      {list}
    </>
  );
}

/** Shows `fallback` instead of its children once they throw (here: the map's import failed). */
class LoadBoundary extends Component<{ children: ReactNode; fallback: ReactNode; onError: () => void }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch() {
    this.props.onError();
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
