/**
 * The code a view needs beyond the first script, loaded before the view is shown: its language's texts
 * (i18n/i18n.ts) and, for the school kit, its page. Everything else a visitor rarely needs stays out of
 * the first download too (the map, the QR code), but those load inside a page that is already shown.
 *
 * main.tsx awaits `prepareView` for the first view (beside the catalogue), routing/app-router.tsx for every
 * navigation; the prerender (scripts/lib/prerender.ts) announces a page's chunks with
 * <link rel="modulepreload"> (`viewChunkSources`), so the browser fetches them beside the first script.
 */
import { isLanguageLoaded, loadLanguage } from '../i18n/i18n';
import type { PosterPage as PosterPageComponent } from '../pages/poster/poster-page';
import { parseUrl, type Page } from './urls';

let posterPage: typeof PosterPageComponent | undefined;

function loadPosterPage(): Promise<void> {
  return import('../pages/poster/poster-page').then((module) => {
    posterPage = module.PosterPage;
  });
}

/** The school kit's page, once loaded (a view is only rendered once `isViewReady`). */
export function loadedPosterPage(): typeof PosterPageComponent {
  if (!posterPage) throw new Error('The school kit is not loaded: await prepareView first.');
  return posterPage;
}

function isPageReady(page: Page): boolean {
  return isLanguageLoaded(page.lang) && (page.kind !== 'poster' || posterPage !== undefined);
}

export function isViewReady(pathname: string, search: string): boolean {
  return isPageReady(parseUrl(pathname, search));
}

/** Loads what the view at this URL needs; rejects when a chunk cannot be downloaded. */
export async function prepareView(pathname: string, search: string): Promise<void> {
  const page = parseUrl(pathname, search);
  await Promise.all([loadLanguage(page.lang), page.kind === 'poster' && !posterPage ? loadPosterPage() : undefined]);
}

/**
 * The source files of the lazy chunks a page needs, as Vite's manifest names them: the prerender preloads
 * their chunks, and scripts/bundle-budget.ts counts them in the page's first view. They are the files the
 * imports above and in i18n/i18n.ts load.
 */
export function viewChunkSources(page: Pick<Page, 'kind' | 'lang'>): string[] {
  return [`src/i18n/${page.lang}.ts`, ...(page.kind === 'poster' ? ['src/pages/poster/poster-page.tsx'] : [])];
}
