// First, before the router reads the address (see there).
import './prerender/canonical-path';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { loadCatalogue, type LoadedCatalogue } from './catalogue/catalogue';
import { markOldFacts } from './catalogue/old-facts';
import { BUILD_DAY } from './catalogue/use-now';
import { armEarlyQuickExit } from './layout/quick-exit';
import { prerenderedPathOf, showsExactly } from './prerender/prerendered-path';
import { isViewReady, prepareView } from './view-code';
import { loadCrisisDetection } from './crisis/crisis-check';
import { parseUrl } from './routing/urls';
// The stylesheets, each beside what it styles, in cascade order: where two rules tie, the later wins.
import './layout/base.css';
import './layout/site-header.css';
import './layout/page.css';
import './components/buttons.css';
import './components/share-link.css';
import './pages/search/filter-panel.css';
import './pages/search/search-results.css';
import './crisis/crisis-lane.css';
import './pages/provider/provider-page.css';
import './layout/site-footer.css';
import './pages/poster/poster.css';
import './map/lazy-results-map.css';

const root = document.getElementById('root')!;
armEarlyQuickExit();

// The view's own code (its language's texts, its page) starts downloading now too, beside the
// catalogue; a prerendered page announced both in its HTML already (scripts/lib/prerender.ts). If it
// cannot load, the page stays as it is: the prerendered view or the static shell, with the crisis lane.
const viewCode = prepareView(window.location.pathname, window.location.search);
/**
 * The same for a page the app renders itself: it also opens when only what it can do without failed (a
 * provider's details: the page says so). A prerendered page keeps its HTML then, which has them.
 */
const viewOpenable = viewCode.catch((error: unknown) => {
  if (!isViewReady(window.location.pathname, window.location.search)) throw error;
});

/**
 * Settles once the browser has painted the page it has (a frame, then a task after it). The app takes
 * the page over only then: on a fast connection the scripts and the catalogue are here before the first
 * paint, and taking over the prerendered page (seconds on a cheap phone) would hold back the young
 * person's first sight of it, the helplines included. rAF does not run in a hidden tab: the app then
 * starts when the tab is shown.
 */
const painted = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
// On a page with a search box, crisis detection follows the first paint, beside the catalogue: until it
// is here, any typed words bring the crisis lane up (crisis/crisis-check.ts). Other pages load it once
// the app runs (view-code.ts), after what they need themselves.
if (parseUrl(window.location.pathname, window.location.search).kind === 'search')
  void painted.then(() => loadCrisisDetection().catch(() => {}));

// The catalogue's download starts now, before React, whatever the page.
let firstLoad: Promise<LoadedCatalogue> | undefined = loadCatalogue();
// Its failure is handled where the app takes it (below, or the catalogue's provider), which may be after
// it failed (the app waits for the view's code and a first paint): not an uncaught error meanwhile.
firstLoad.catch(() => {});
/** The download started above, once; a retry downloads again. */
const load = () => {
  const loading = firstLoad ?? loadCatalogue();
  firstLoad = undefined;
  return loading;
};

/**
 * A prerendered page (scripts/lib/prerender.ts) already shows a view. It stays on screen until the
 * catalogue is here; then the app takes that HTML over (hydration) when it shows exactly this URL from
 * exactly this catalogue, rendering the same, so nothing flashes or moves
 * (prerender/prerendered-path.ts). Otherwise (a query string the build could not know, another version of
 * the catalogue) the app renders the page itself, with the catalogue already here. Any other page (the
 * 404 page, the development server) is rendered by the app at once, replacing the static shell's loading
 * line. If the catalogue does not load, the app renders its failure message with the crisis lane.
 * Either way the view's code is here first, and the browser has painted what it had.
 *
 * Both renders are transitions: React then works in slices of a few milliseconds and the browser can
 * answer a tap between them. Rendered at once, taking a page over is one task of half a second on a
 * cheap phone (issue 13). The page on screen stays as it is until React has the new one ready.
 */
if (prerenderedPathOf(root) !== undefined) {
  void Promise.all([viewCode, painted]).then(() =>
    load().then(
      async (loaded) => {
        if (!showsExactly(root, window.location, loaded.catalogue)) return renderApp(loaded);
        // Each step a task of its own, so none is long on a cheap phone: parsing the catalogue (done),
        // dating its facts as of the prerendered page's day (remembered, catalogue/old-facts.ts), hydrating.
        await nextTask();
        markOldFacts(loaded.catalogue, BUILD_DAY);
        await nextTask();
        startTransition(() => {
          hydrateRoot(
            root,
            <StrictMode>
              <App loaded={loaded} hydrating />
            </StrictMode>,
          );
        });
      },
      () => renderApp(),
    ),
  );
} else {
  void Promise.all([viewOpenable, painted]).then(() => renderApp());
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function renderApp(loaded?: LoadedCatalogue) {
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App loaded={loaded} load={load} />
      </StrictMode>,
    );
  });
}
