/**
 * Every URL of Hulp HUB is built and read here, and nowhere else. The URL is the state: search text,
 * filters, list or map, and language live in it, so reload, Back and a shared link show the same view.
 *
 *   /                                  search, Dutch           /en/…, /fr/…   the same in English, French
 *   /thema/pesten                      one theme               /thema/pesten/hasselt   theme in a municipality
 *   /gemeente/zonhoven                 one municipality        /aanbieder/awel          a provider's page
 *   ?q=…&thema=…&gemeente=…&leeftijd=…&gratis=1&anoniem=1&zonder-verwijzing=1&zonder-ouders=1
 *    &contact=telefoon&contact=chat&open=nu&weergave=kaart
 */
import type { Language } from '../i18n/language';

export const CONTACT_WAYS = ['walkIn', 'phone', 'chat', 'email', 'video'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];
/** How contact ways are written in URLs: Dutch words a teacher can read. */
const CONTACT_IN_URL: Record<ContactWay, string> = { walkIn: 'binnenlopen', phone: 'telefoon', chat: 'chat', email: 'email', video: 'video' };

export interface SearchState {
  query: string;
  themes: string[];
  municipality?: string;
  age?: number;
  free: boolean;
  anonymous: boolean;
  noReferral: boolean;
  withoutParents: boolean;
  contact: ContactWay[];
  openNow: boolean;
  view: 'list' | 'map';
}

export type Page =
  | { kind: 'search'; lang: Language; search: SearchState }
  | { kind: 'provider'; lang: Language; id: string }
  | { kind: 'not-found'; lang: Language };

export const EMPTY_SEARCH: SearchState = {
  query: '',
  themes: [],
  free: false,
  anonymous: false,
  noReferral: false,
  withoutParents: false,
  contact: [],
  openNow: false,
  view: 'list',
};

const PARAM = {
  query: 'q',
  theme: 'thema',
  municipality: 'gemeente',
  age: 'leeftijd',
  free: 'gratis',
  anonymous: 'anoniem',
  noReferral: 'zonder-verwijzing',
  withoutParents: 'zonder-ouders',
  contact: 'contact',
  openNow: 'open',
  view: 'weergave',
} as const;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The longest search text read from a URL or typed in the box. Far more than anyone types; a link with
 * tens of thousands of characters would otherwise freeze the page on every keystroke.
 */
export const MAX_QUERY_LENGTH = 200;

/** Reads which page a URL shows. */
export function parseUrl(pathname: string, search: string): Page {
  let segments: string[];
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'not-found', lang: 'nl' }; // a broken %-escape in a hand-typed or cut-off link
  }
  const lang: Language = segments[0] === 'en' || segments[0] === 'fr' ? segments.shift()! as Language : 'nl';
  const [first, second, third, ...rest] = segments;
  if (rest.length > 0) return { kind: 'not-found', lang };
  if (first === 'aanbieder' && second && ID.test(second) && !third) return { kind: 'provider', lang, id: second };
  const params = new URLSearchParams(search);
  const searchState = parseSearchParams(params);
  if (first === undefined) return { kind: 'search', lang, search: searchState };
  if (first === 'thema' && second && ID.test(second) && (!third || ID.test(third))) {
    return {
      kind: 'search',
      lang,
      search: { ...searchState, themes: unique([second, ...searchState.themes]), municipality: third ?? searchState.municipality },
    };
  }
  if (first === 'gemeente' && second && ID.test(second) && !third) return { kind: 'search', lang, search: { ...searchState, municipality: second } };
  return { kind: 'not-found', lang };
}

function parseSearchParams(params: URLSearchParams): SearchState {
  const age = Number(params.get(PARAM.age));
  const contactByWord = Object.fromEntries(CONTACT_WAYS.map((way) => [CONTACT_IN_URL[way], way]));
  return {
    query: (params.get(PARAM.query) ?? '').slice(0, MAX_QUERY_LENGTH),
    themes: unique(params.getAll(PARAM.theme).filter((theme) => ID.test(theme))),
    municipality: ID.test(params.get(PARAM.municipality) ?? '') ? params.get(PARAM.municipality)! : undefined,
    age: Number.isInteger(age) && age > 0 && age < 120 ? age : undefined,
    free: params.get(PARAM.free) === '1',
    anonymous: params.get(PARAM.anonymous) === '1',
    noReferral: params.get(PARAM.noReferral) === '1',
    withoutParents: params.get(PARAM.withoutParents) === '1',
    contact: CONTACT_WAYS.filter((way) => params.getAll(PARAM.contact).some((word) => contactByWord[word] === way)),
    openNow: params.get(PARAM.openNow) === 'nu',
    view: params.get(PARAM.view) === 'kaart' ? 'map' : 'list',
  };
}

function prefix(lang: Language): string {
  return lang === 'nl' ? '' : `/${lang}`;
}

/** The canonical URL of a search: one theme and a municipality go in the path, the rest in the query. */
export function searchUrl(lang: Language, state: SearchState): string {
  const params = new URLSearchParams();
  let path = '/';
  const [onlyTheme] = state.themes;
  const themeInPath = state.themes.length === 1 && ID.test(onlyTheme);
  const municipalityInPath = state.municipality !== undefined && ID.test(state.municipality) && (themeInPath || state.themes.length === 0);
  if (themeInPath) path = `/thema/${onlyTheme}${municipalityInPath ? `/${state.municipality}` : ''}`;
  else if (municipalityInPath) path = `/gemeente/${state.municipality}`;
  if (state.query.trim()) params.set(PARAM.query, state.query);
  if (!themeInPath) for (const theme of state.themes) params.append(PARAM.theme, theme);
  if (state.municipality && !municipalityInPath) params.set(PARAM.municipality, state.municipality);
  if (state.age !== undefined) params.set(PARAM.age, String(state.age));
  if (state.free) params.set(PARAM.free, '1');
  if (state.anonymous) params.set(PARAM.anonymous, '1');
  if (state.noReferral) params.set(PARAM.noReferral, '1');
  if (state.withoutParents) params.set(PARAM.withoutParents, '1');
  for (const way of CONTACT_WAYS) if (state.contact.includes(way)) params.append(PARAM.contact, CONTACT_IN_URL[way]);
  if (state.openNow) params.set(PARAM.openNow, 'nu');
  if (state.view === 'map') params.set(PARAM.view, 'kaart');
  const query = params.toString();
  const base = `${prefix(lang)}${path}`;
  return `${base === '' ? '/' : base.replace(/(.)\/$/, '$1')}${query ? `?${query}` : ''}`;
}

export function providerUrl(lang: Language, id: string): string {
  return `${prefix(lang)}/aanbieder/${encodeURIComponent(id)}`;
}

export function homeUrl(lang: Language): string {
  return prefix(lang) || '/';
}

/** The same page in another language. */
export function languageUrl(pathname: string, search: string, lang: Language): string {
  const page = parseUrl(pathname, search);
  if (page.kind === 'provider') return providerUrl(lang, page.id);
  if (page.kind === 'search') return searchUrl(lang, page.search);
  return homeUrl(lang);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
