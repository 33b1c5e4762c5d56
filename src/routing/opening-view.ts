/**
 * The search view a page load opened with. Its results are ranked without the clock, as its prerendered
 * HTML shows them (pages/search/search-results.tsx), so nothing moves when the app takes the page over,
 * and a shared link's list and map agree. The app (app.tsx) provides it from the address the page was
 * loaded at; without a provider (prerendering, component tests) there is none.
 */
import { createContext } from 'react';
import { parseUrl, searchUrl } from './urls';

export const OpeningViewContext = createContext<string | undefined>(undefined);

/** The view a search URL shows, the same for its list and its map: the key OpeningViewContext holds. */
export function searchViewKey(pathname: string, search: string): string | undefined {
  const page = parseUrl(pathname, search);
  return page.kind === 'search' ? searchUrl(page.lang, { ...page.search, view: 'list' }) : undefined;
}
