/**
 * Every URL of Hulp HUB is built and read here, and nowhere else. The URL is the state: search text,
 * filters, list or map, and language live in it, so reload, Back and a shared link show the same view.
 *
 *   /                                  search, Dutch           /en/…, /fr/…   the same in English, French
 *   /thema/pesten                      one theme               /thema/pesten/hasselt   theme in a municipality
 *   /gemeente/zonhoven                 one municipality        /aanbieder/awel          a provider's page
 *   /affiche                           the school kit: a poster or flyers with a QR code for a view
 *   ?q=…&thema=…&gemeente=…&leeftijd=…&gratis=1&anoniem=1&zonder-verwijzing=1&zonder-ouders=1
 *    &contact=telefoon&contact=chat&open=nu&weergave=kaart
 *
 * The filters' query parameters, and how each is read and written, are described once with the filter
 * in search/search-filters.ts; this module puts them together with the path.
 */
import { isCatalogueId } from '../catalogue/catalogue-id';
import { LANGUAGES, type Language } from '../i18n/language';
import { EMPTY_SEARCH, SEARCH_FILTERS, type SearchState } from '../search/search-filters';

export type Page =
  | { kind: 'search'; lang: Language; search: SearchState }
  | { kind: 'provider'; lang: Language; id: string }
  | { kind: 'poster'; lang: Language }
  | { kind: 'not-found'; lang: Language };

/** List or map: not a filter, so not in search-filters.ts. */
const VIEW_PARAM = 'weergave';

/** Reads which page a URL shows. */
export function parseUrl(pathname: string, search: string): Page {
  let segments: string[];
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'not-found', lang: 'nl' }; // a broken %-escape in a hand-typed or cut-off link
  }
  // Dutch, the source language, has no prefix; every other language of LANGUAGES has its code as one.
  const prefixed = LANGUAGES.find((code) => code !== 'nl' && code === segments[0]);
  const lang: Language = prefixed ? (segments.shift(), prefixed) : 'nl';
  const [first, second, third, ...rest] = segments;
  if (rest.length > 0) return { kind: 'not-found', lang };
  if (first === 'aanbieder' && second && isCatalogueId(second) && !third) return { kind: 'provider', lang, id: second };
  if (first === 'affiche' && !second) return { kind: 'poster', lang };
  const params = new URLSearchParams(search);
  const searchState = parseSearchParams(params);
  if (first === undefined) return { kind: 'search', lang, search: searchState };
  if (first === 'thema' && second && isCatalogueId(second) && (!third || isCatalogueId(third))) {
    return {
      kind: 'search',
      lang,
      search: { ...searchState, themes: [...new Set([second, ...searchState.themes])], municipality: third ?? searchState.municipality },
    };
  }
  if (first === 'gemeente' && second && isCatalogueId(second) && !third)
    return { kind: 'search', lang, search: { ...searchState, municipality: second } };
  return { kind: 'not-found', lang };
}

function parseSearchParams(params: URLSearchParams): SearchState {
  const view = params.get(VIEW_PARAM) === 'kaart' ? 'map' : 'list';
  return SEARCH_FILTERS.reduce<SearchState>((state, filter) => ({ ...state, ...filter.read(params.getAll(filter.param)) }), {
    ...EMPTY_SEARCH,
    view,
  });
}

function prefix(lang: Language): string {
  return lang === 'nl' ? '' : `/${lang}`;
}

/** The canonical URL of a search: one theme and a municipality go in the path, the rest in the query. */
export function searchUrl(lang: Language, state: SearchState): string {
  const params = new URLSearchParams();
  let path = '/';
  const [onlyTheme] = state.themes;
  const themeInPath = state.themes.length === 1 && isCatalogueId(onlyTheme);
  const municipalityInPath =
    state.municipality !== undefined && isCatalogueId(state.municipality) && (themeInPath || state.themes.length === 0);
  if (themeInPath) path = `/thema/${onlyTheme}${municipalityInPath ? `/${state.municipality}` : ''}`;
  else if (municipalityInPath) path = `/gemeente/${state.municipality}`;
  // A theme or municipality in the path is not repeated in the query.
  const inQuery: SearchState = {
    ...state,
    themes: themeInPath ? [] : state.themes,
    municipality: municipalityInPath ? undefined : state.municipality,
  };
  for (const filter of SEARCH_FILTERS) for (const value of filter.write(inQuery)) params.append(filter.param, value);
  if (state.view === 'map') params.set(VIEW_PARAM, 'kaart');
  const query = params.toString();
  const base = `${prefix(lang)}${path}`;
  return `${base === '' ? '/' : base.replace(/(.)\/$/, '$1')}${query ? `?${query}` : ''}`;
}

export function providerUrl(lang: Language, id: string): string {
  return `${prefix(lang)}/aanbieder/${encodeURIComponent(id)}`;
}

/** The school kit. Its choices are not in the URL: they only make the poster, whose QR code holds the view. */
export function posterUrl(lang: Language): string {
  return `${prefix(lang)}/affiche`;
}

export function homeUrl(lang: Language): string {
  return prefix(lang) || '/';
}

/** The same page in another language. */
export function languageUrl(pathname: string, search: string, lang: Language): string {
  const page = parseUrl(pathname, search);
  if (page.kind === 'provider') return providerUrl(lang, page.id);
  if (page.kind === 'search') return searchUrl(lang, page.search);
  if (page.kind === 'poster') return posterUrl(lang);
  return homeUrl(lang);
}

/** The same page in each language, for the language choice. */
export function languageUrls(pathname: string, search: string): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, languageUrl(pathname, search, lang)])) as Record<Language, string>;
}
