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

type ResultsMapModule = { default: typeof ResultsMap };

/** The map file's address, from an import that failed to fetch it (see `importResultsMap`). */
let failedFile: string | undefined;

export function loadResultsMap({ again = false } = {}): Promise<ResultsMapModule> {
  const styles = again ? reloadFailedStylesheets() : Promise.resolve();
  return Promise.all([importResultsMap(again), styles]).then(([module]) => module);
}

/**
 * Imports the map's code. Chromium can keep a failed fetch of a module imported from a lazily loaded
 * chunk (the search page's), so asking for the same file again fails at once without asking the server.
 * A retry after such a failure therefore asks for the file under a new address (its name with a query):
 * the browser fetches it anew; what it imports is already loaded and shared.
 */
function importResultsMap(again: boolean): Promise<ResultsMapModule> {
  const importing: Promise<ResultsMapModule> =
    again && failedFile !== undefined ? import(/* @vite-ignore */ `${failedFile}?opnieuw=${Date.now()}`) : import('./results-map');
  return importing.catch((error: unknown) => {
    // "Failed to fetch dynamically imported module: <address>" names the file (Chromium, Firefox).
    const file = /(https?:\/\/\S+\.js)\b/.exec(String(error))?.[1];
    if (file) failedFile = file.split('?')[0];
    throw error;
  });
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
