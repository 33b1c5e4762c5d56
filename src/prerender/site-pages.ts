/**
 * Every view the build prerenders, in each language: the start page, each theme, each municipality, each
 * theme in each municipality, each provider's page, and the school kit. Other views (searches, filters, the map) are
 * rendered by the app from their URL.
 */
import type { Catalogue } from '../catalogue/catalogue-types';
import { LANGUAGES } from '../i18n/language';
import { homeUrl, parseUrl, posterUrl, providerUrl, searchUrl, type Page } from '../routing/urls';
import { EMPTY_SEARCH } from '../search/search-filters';

export interface SitePage {
  /** The path, as the app links to it: "/", "/en/thema/pesten", "/aanbieder/awel". */
  path: string;
  page: Page;
}

export function sitePages(catalogue: Catalogue): SitePage[] {
  const paths = LANGUAGES.flatMap((lang) => [
    homeUrl(lang),
    ...catalogue.themes.map((theme) => searchUrl(lang, { ...EMPTY_SEARCH, themes: [theme.id] })),
    ...catalogue.municipalities.map((municipality) => searchUrl(lang, { ...EMPTY_SEARCH, municipality: municipality.id })),
    ...catalogue.themes.flatMap((theme) =>
      catalogue.municipalities.map((municipality) =>
        searchUrl(lang, { ...EMPTY_SEARCH, themes: [theme.id], municipality: municipality.id }),
      ),
    ),
    ...catalogue.providers.map((provider) => providerUrl(lang, provider.id)),
    posterUrl(lang),
  ]);
  return paths.map((path) => ({ path, page: parseUrl(path, '') }));
}

/** The file a static host serves for a path: "/" → index.html, "/thema/pesten" → thema/pesten.html. */
export function htmlFileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}.html`;
}
