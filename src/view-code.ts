/**
 * The code a view needs beyond the first script, loaded before the view is shown: its language's texts
 * for that page (i18n/i18n.ts) and its page (the search page, a provider's page with its details, the school kit), each
 * a chunk of its own, so a page downloads neither the other languages nor the other
 * pages. What a page needs only later
 * (the map, the QR code) loads inside the page.
 *
 * main.tsx awaits `prepareView` for the first view (beside the catalogue), app-router.tsx for every
 * navigation; the prerender (scripts/lib/prerender.ts) announces a page's chunks with
 * <link rel="modulepreload"> (`viewChunkSources`), so the browser fetches them beside the first script.
 */
import { detailsFailed, loadProviderDetails, providerDetails } from './catalogue/provider-details';
import { loadCrisisDetection } from './crisis/crisis-check';
import { areTextsLoaded, loadTexts, textChunkSource, type TextChunk } from './i18n/i18n';
import type { PosterPage } from './pages/poster/poster-page';
import type { ProviderPage } from './pages/provider/provider-page';
import type { SearchPage } from './pages/search/search-page';
import { parseUrl, type Page } from './routing/urls';
import { loadTypoMatching } from './search/typo-matching';

interface PageComponents {
  search: typeof SearchPage;
  provider: typeof ProviderPage;
  poster: typeof PosterPage;
}
type ChunkedKind = keyof PageComponents;

/** The imports that make the page chunks; the files are named again in PAGE_SOURCES. */
const PAGE_CHUNKS: { [Kind in ChunkedKind]: () => Promise<PageComponents[Kind]> } = {
  search: () => import('./pages/search/search-page').then((module) => module.SearchPage),
  provider: () => import('./pages/provider/provider-page').then((module) => module.ProviderPage),
  poster: () => import('./pages/poster/poster-page').then((module) => module.PosterPage),
};

/** The source files of each page's chunks, as Vite's manifest names them. */
const PAGE_SOURCES: Record<ChunkedKind, string[]> = {
  search: ['src/pages/search/search-page.tsx'],
  provider: ['src/pages/provider/provider-page.tsx'],
  poster: ['src/pages/poster/poster-page.tsx'],
};

/** The chunks of its language's texts each kind of page shows (i18n/i18n.ts): the main ones, and its own. */
const PAGE_TEXTS: Record<Page['kind'], TextChunk[]> = {
  search: ['main'],
  provider: ['main', 'provider'],
  poster: ['main', 'kit'],
  'not-found': ['main'],
};

const loadedPages: Partial<PageComponents> = {};
const loadingPages = new Map<ChunkedKind, Promise<void>>();

const isChunked = (kind: Page['kind']): kind is ChunkedKind => kind in PAGE_CHUNKS;

function loadPage(kind: ChunkedKind): Promise<void> {
  if (loadedPages[kind]) return Promise.resolve();
  let pending = loadingPages.get(kind);
  if (!pending) {
    pending = PAGE_CHUNKS[kind]().then(
      (component) => {
        (loadedPages as Record<ChunkedKind, unknown>)[kind] = component;
      },
      (error: unknown) => {
        loadingPages.delete(kind);
        throw error;
      },
    );
    loadingPages.set(kind, pending);
  }
  return pending;
}

/** A page's component, once loaded (a view is only rendered once `isViewReady`): always the same one. */
export function loadedPage<Kind extends ChunkedKind>(kind: Kind): PageComponents[Kind] {
  const component = loadedPages[kind];
  if (!component) throw new Error(`The ${kind} page is not loaded: await prepareView first.`);
  return component;
}

function isPageReady(page: Page): boolean {
  return (
    PAGE_TEXTS[page.kind].every((chunk) => areTextsLoaded(page.lang, chunk)) &&
    (!isChunked(page.kind) || loadedPages[page.kind] !== undefined) &&
    // A provider's page also opens when its details could not load (it says so: provider-page.tsx).
    (page.kind !== 'provider' || providerDetails(page.id) !== undefined || detailsFailed(page.id))
  );
}

export function isViewReady(pathname: string, search: string): boolean {
  return isPageReady(parseUrl(pathname, search));
}

/**
 * Loads what the view at this URL needs; rejects when something could not be downloaded, once every part
 * has settled: a view that can open without what failed (a provider's page without its details) is then
 * ready (`isViewReady`), whatever failed first.
 */
export async function prepareView(pathname: string, search: string): Promise<void> {
  const page = parseUrl(pathname, search);
  const searched = page.kind === 'search' && page.search.query.trim() !== '';
  const settled = await Promise.allSettled([
    ...PAGE_TEXTS[page.kind].map((chunk) => loadTexts(page.lang, chunk)),
    isChunked(page.kind) ? loadPage(page.kind) : undefined,
    // A provider's page shows its details (description, sources…): a small file of its own.
    page.kind === 'provider' ? loadProviderDetails(page.id) : undefined,
    // A search already in the URL (a shared link, Back to a search) is shown with its typo matches and
    // its crisis check at once; without them the results would change when they arrive. Offline, it
    // shows without them (without the check, the crisis lane is up: crisis/crisis-check.ts).
    searched ? loadTypoMatching().catch(() => undefined) : undefined,
    searched ? loadCrisisDetection().catch(() => undefined) : undefined,
  ]);
  for (const part of settled) if (part.status === 'rejected') throw part.reason;
}

/**
 * Loads crisis detection, the search page and the provider page in the background once the app runs (not
 * counted in the first view): a crisis search is then read as one from the first key, also offline, and
 * a tap on a result, or Back to the list, shows the next page at once instead of after a download. A
 * failure is left for whoever needs the code to meet (it loads it again).
 */
export function warmPageChunks(pathname: string, search: string) {
  const { lang } = parseUrl(pathname, search);
  loadCrisisDetection().catch(() => {});
  for (const kind of ['search', 'provider'] as const) {
    loadPage(kind).catch(() => {});
    for (const chunk of PAGE_TEXTS[kind]) loadTexts(lang, chunk).catch(() => {});
  }
}

/**
 * The source files of the lazy chunks a page needs, as Vite's manifest names them: the prerender preloads
 * their chunks, and scripts/bundle-budget.ts counts them in the page's first view.
 */
export function viewChunkSources(page: Pick<Page, 'kind' | 'lang'>): string[] {
  return [
    ...PAGE_TEXTS[page.kind].map((chunk) => textChunkSource(page.lang, chunk)),
    ...(isChunked(page.kind) ? PAGE_SOURCES[page.kind] : []),
  ];
}
