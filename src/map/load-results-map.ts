/**
 * Loads the map's code (its own chunk: Leaflet is the heaviest part of the site) and its styles.
 *
 * Tried again after a failure (offline, or a deploy that removed the old chunk), the JavaScript is
 * fetched anew: Chromium does not keep a failed dynamic import. The map's stylesheet is another matter:
 * Vite's loader adds its <link> once and never again, so a stylesheet that failed would stay failed. A
 * retry therefore first requests every stylesheet that failed once more, and the map waits for it:
 * Leaflet measures its box when it starts, and without its styles the map has no size.
 */
import type ResultsMap from './results-map';

/**
 * Stylesheet links that failed to load. A failed <link> cannot be told from a loaded one afterwards
 * (Chromium gives both a `sheet`), so failures are noted as they happen: `error` does not bubble, but
 * it can be caught on its way down.
 */
const failedStylesheets = new Set<HTMLLinkElement>();
if (typeof document !== 'undefined') {
  document.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLLinkElement && event.target.rel === 'stylesheet') failedStylesheets.add(event.target);
    },
    true,
  );
}

export function loadResultsMap({ again = false } = {}): Promise<{ default: typeof ResultsMap }> {
  const styles = again ? reloadFailedStylesheets() : Promise.resolve();
  return Promise.all([import('./results-map'), styles]).then(([module]) => module);
}

/** Requests every stylesheet that failed to load once more; resolves when they have all loaded. */
function reloadFailedStylesheets(): Promise<unknown> {
  const failed = [...failedStylesheets].filter((link) => link.isConnected);
  failedStylesheets.clear();
  return Promise.all(
    failed.map(
      (link) =>
        new Promise<void>((resolve, reject) => {
          const again = link.cloneNode() as HTMLLinkElement;
          again.addEventListener('load', () => resolve());
          // The capturing listener above notes this one as failed too, for the next try.
          again.addEventListener('error', () => reject(new Error(`The stylesheet ${link.href} did not load`)));
          link.replaceWith(again);
        }),
    ),
  );
}
