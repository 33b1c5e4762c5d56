/**
 * The search state, and every filter of the search described once: its URL parameter, how its value is
 * read from and written to the URL (it is set when it shows there), what it keeps, and how the page
 * names and shows it.
 * Everything else is derived from this list: routing/urls.ts reads and writes the query string with it,
 * search-providers.ts filters and counts "without this filter" with it, and the search page draws its tick
 * boxes and its offers to drop a filter from it. A new yes/no filter is one entry here plus its texts.
 *
 * Filters combine with AND between them and OR within one (two themes: either theme).
 */
import type { ParseKeys } from 'i18next';
import { isCatalogueId } from '../catalogue/catalogue-id';
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import { CONTACT_WAYS, fitsAge, hasContactWay, openNow, servesMunicipality, type ContactWay } from '../catalogue/provider-facts';

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
  /** How the results show: not a filter, so it has no entry below (routing/urls.ts reads and writes it). */
  view: 'list' | 'map';
}

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

/**
 * The longest search text read from a URL or typed in the box. Far more than anyone types; a link with
 * tens of thousands of characters would otherwise freeze the page on every keystroke.
 */
export const MAX_QUERY_LENGTH = 200;

/** A filter's name: the part of the search state it owns. */
export type FilterGroup = Exclude<keyof SearchState, 'view'>;
/** The filters that are one tick box: set or not. */
type YesNoGroup = 'free' | 'anonymous' | 'noReferral' | 'withoutParents' | 'openNow';

interface FilterBase {
  /** Also names it in the offer to drop it: the text `search.groups.<group>` ('Haal "Je leeftijd" weg: 4 plekken'). */
  group: FilterGroup;
  /** Its URL query parameter: Dutch words a teacher can read. */
  param: string;
  /** Its part of the state, from the parameter's values in a URL; anything unexpected reads as not set. */
  read(values: string[]): Partial<SearchState>;
  /** The parameter's values for a URL; none when the filter is not set (see isSet). */
  write(state: SearchState): string[];
  /**
   * Whether a provider fits: "yes", "no", or "unknown" when its data does not say (no age range, nothing
   * said about parents). Unknown is kept, after the ones that fit, with a note: hiding it would hide help
   * that may well fit, and showing it as fitting would claim what nobody checked. A filter that is not set
   * fits everyone. The search text has none: its words are matched by search-providers.ts.
   */
  fits?(provider: CatalogueProvider, state: SearchState, now: Date | undefined): Fit;
  /** For a filter that can be "unknown": the note shown above such help ("Niet bekend of dit gratis is."). */
  unknownNote?: ParseKeys;
  /** Shown under "Meer keuzes" rather than always in view. */
  underMoreChoices?: true;
}

/** A tick box under "Wat is belangrijk voor jou?", labelled `checkLabel`. */
interface YesNoFilter extends FilterBase {
  group: YesNoGroup;
  checkLabel: ParseKeys;
}

/** A filter with a control of its own on the search page: the box, topic chips, a list, a number. */
interface OtherFilter extends FilterBase {
  checkLabel?: undefined;
}

export type SearchFilter = YesNoFilter | OtherFilter;

/** How contact ways are written in URLs: Dutch words a teacher can read. */
const CONTACT_IN_URL: Record<ContactWay, string> = {
  walkIn: 'binnenlopen',
  phone: 'telefoon',
  chat: 'chat',
  email: 'email',
  video: 'video',
};

/** Whether a provider fits a filter; see `fits` above. */
export type Fit = 'yes' | 'no' | 'unknown';

/** A fact that may be missing: true fits, false does not, missing is unknown. */
function fitOf(fact: boolean | undefined): Fit {
  return fact === undefined ? 'unknown' : fact ? 'yes' : 'no';
}

/** A filter that is one tick box, written in the URL as `param=urlValue`. */
function yesNo(
  group: YesNoGroup,
  param: string,
  urlValue: string,
  checkLabel: ParseKeys,
  unknownNote: ParseKeys,
  fact: (provider: CatalogueProvider, now: Date | undefined) => boolean | undefined,
): YesNoFilter {
  return {
    group,
    param,
    underMoreChoices: true,
    checkLabel,
    unknownNote,
    read: (values) => ({ [group]: values[0] === urlValue }),
    write: (state) => (state[group] ? [urlValue] : []),
    fits: (provider, state, now) => (state[group] ? fitOf(fact(provider, now)) : 'yes'),
  };
}

/** Every filter, in the order of the URL's query string and of the offers to drop one. */
export const SEARCH_FILTERS: readonly SearchFilter[] = [
  {
    group: 'query',
    param: 'q',
    read: (values) => ({ query: (values[0] ?? '').slice(0, MAX_QUERY_LENGTH) }),
    write: (state) => (state.query.trim() ? [state.query] : []),
  },
  {
    group: 'themes',
    param: 'thema',
    read: (values) => ({ themes: [...new Set(values.filter(isCatalogueId))] }),
    write: (state) => state.themes,
    // A helpline for any question fits every theme; the search ranks it after the help for that theme.
    fits: (p, s) => fitOf(s.themes.length === 0 || p.anyQuestion === true || p.themes.some((theme) => s.themes.includes(theme))),
  },
  {
    group: 'municipality',
    param: 'gemeente',
    read: ([value = '']) => ({ municipality: isCatalogueId(value) ? value : undefined }),
    write: (state) => (state.municipality ? [state.municipality] : []),
    fits: (p, s) => fitOf(s.municipality === undefined || servesMunicipality(p, s.municipality)),
  },
  {
    group: 'age',
    param: 'leeftijd',
    underMoreChoices: true,
    read: ([value]) => {
      const age = Number(value);
      return { age: Number.isInteger(age) && age > 0 && age < 120 ? age : undefined };
    },
    write: (state) => (state.age !== undefined ? [String(state.age)] : []),
    fits: (p, s) => (s.age === undefined ? 'yes' : fitOf(fitsAge(p, s.age))),
    unknownNote: 'search.unknownFit.age',
  },
  // A promise from a source too old to trust (old-facts.ts) is not known to hold today.
  yesNo('free', 'gratis', '1', 'search.free', 'search.unknownFit.free', (p) => (p.oldFacts?.free ? undefined : p.free)),
  yesNo('anonymous', 'anoniem', '1', 'search.anonymous', 'search.unknownFit.anonymous', (p) =>
    p.oldFacts?.anonymous ? undefined : p.anonymous,
  ),
  yesNo('noReferral', 'zonder-verwijzing', '1', 'search.noReferral', 'search.unknownFit.noReferral', (p) =>
    p.referralNeeded === undefined ? undefined : !p.referralNeeded,
  ),
  yesNo('withoutParents', 'zonder-ouders', '1', 'search.withoutParents', 'search.unknownFit.withoutParents', (p) => p.withoutParents),
  {
    group: 'contact',
    param: 'contact',
    underMoreChoices: true,
    read: (values) => ({ contact: CONTACT_WAYS.filter((way) => values.includes(CONTACT_IN_URL[way])) }),
    write: (state) => CONTACT_WAYS.filter((way) => state.contact.includes(way)).map((way) => CONTACT_IN_URL[way]),
    fits: (p, s) => fitOf(s.contact.length === 0 || s.contact.some((way) => hasContactWay(p, way))),
  },
  yesNo('openNow', 'open', 'nu', 'search.openNow', 'search.unknownFit.openNow', (p, now) => openNow(p, now)),
];

/** Whether a filter narrows the search (and so can be offered to drop): it is set when it shows in the URL. */
export function isSet(filter: SearchFilter, state: SearchState): boolean {
  return filter.write(state).length > 0;
}

/** The filters that narrow this search, in list order. */
export function activeFilters(state: SearchState): SearchFilter[] {
  return SEARCH_FILTERS.filter((filter) => isSet(filter, state));
}

/** The same search without one filter. */
export function withoutFilter(state: SearchState, group: FilterGroup): SearchState {
  return { ...state, [group]: EMPTY_SEARCH[group] };
}
