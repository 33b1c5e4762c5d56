/**
 * How a prerendered page says what its HTML shows: the build (scripts/lib/prerender.ts) marks the app's
 * root element with the path and the catalogue's version, and the browser (main.tsx) takes the HTML over
 * only when it opened exactly that path and loaded exactly that catalogue. Otherwise the app renders the
 * page itself: taking over HTML made from other data would keep old values in attributes (a phone link's
 * number) that React does not correct.
 */
import type { Catalogue } from '../catalogue/catalogue-types';

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
export const CATALOGUE_VERSION_ATTRIBUTE = 'data-catalogue';

/** The path as the app writes it: "/thema/pesten" for "/thema/pesten/", "/thema/pesten.html"; "/" for "/index.html". */
export function canonicalPath(pathname: string): string {
  const path = pathname
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/')
    .replace(/(.)\/+$/, '$1');
  return path === '' ? '/' : path;
}

/** The path the root's HTML was rendered for, if it was prerendered. */
export function prerenderedPathOf(root: HTMLElement): string | undefined {
  return root.getAttribute(PRERENDERED_ATTRIBUTE) ?? undefined;
}

/** Whether the root's HTML was rendered for this URL from this catalogue. */
export function showsExactly(root: HTMLElement, location: { pathname: string; search: string }, catalogue: Catalogue): boolean {
  return (
    prerenderedPathOf(root) === location.pathname &&
    location.search === '' &&
    catalogue.version !== undefined &&
    root.getAttribute(CATALOGUE_VERSION_ATTRIBUTE) === catalogue.version
  );
}
