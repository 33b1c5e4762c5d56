/**
 * Search and filters over the catalogue. Text search is fuzzy (fuse.js) on short, pre-normalized
 * fields: names, youth words of the themes, keywords, the one-line summary and places. Each word typed
 * is searched on its own, so "ik word gepest" looks for "gepest" and typos in one word do not sink the
 * others. Filters combine with AND between groups and OR within a group.
 */
import Fuse from 'fuse.js';
import type { Catalogue, CatalogueProvider, SearchIndex, SearchIndexEntry } from '../catalogue/catalogue-types';
import type { SearchState } from '../routing/urls';
import { normalizeText } from './normalize-text';
import { fitsAge, hasContactWay, isNational, openNow, servesMunicipality } from './provider-facts';

/** Words that say nothing about the kind of help: left out of the text search. */
const STOPWORDS = new Set(
  'ik je jij u me mij mijn mn we wij ze zij hij het de een en of in op met van voor naar bij aan om te is ben bent zijn word wordt worden heb hebt heeft hebben wil wilt kan kun kunnen moet niet geen wel zo er dat die dit wat hoe waar wie ook nog al maar echt heel erg veel iets iemand hulp help i am the a an to my me of and le la les un une des mon ma mes je suis pas'.split(' '),
);

export type FilterGroup = 'query' | 'themes' | 'municipality' | 'age' | 'free' | 'anonymous' | 'noReferral' | 'withoutParents' | 'contact' | 'openNow';

/** What each filter group keeps. A group that is not set keeps everything. */
const FILTERS: Record<Exclude<FilterGroup, 'query'>, (provider: CatalogueProvider, state: SearchState, now: Date) => boolean> = {
  themes: (p, s) => s.themes.length === 0 || p.themes.some((theme) => s.themes.includes(theme)),
  municipality: (p, s) => s.municipality === undefined || servesMunicipality(p, s.municipality),
  age: (p, s) => s.age === undefined || fitsAge(p, s.age),
  free: (p, s) => !s.free || p.free === true,
  anonymous: (p, s) => !s.anonymous || p.anonymous === true,
  noReferral: (p, s) => !s.noReferral || p.referralNeeded === false,
  withoutParents: (p, s) => !s.withoutParents || p.withoutParents === true,
  contact: (p, s) => s.contact.length === 0 || s.contact.some((way) => hasContactWay(p, way)),
  openNow: (p, s, now) => !s.openNow || openNow(p, now) === true,
};

export interface SearchResult {
  provider: CatalogueProvider;
  /** Open now: true, false, or undefined when no hours are known. */
  open: boolean | undefined;
}

export interface Searcher {
  search(state: SearchState, now: Date): SearchResult[];
  /** Which filter groups are set, and how many results there would be without each. */
  withoutEachFilter(state: SearchState, now: Date): { group: FilterGroup; count: number }[];
}

export function createSearcher(catalogue: Catalogue, index: SearchIndex): Searcher {
  const providersById = new Map(catalogue.providers.map((provider) => [provider.id, provider]));
  const fuse = new Fuse<SearchIndexEntry>(index.entries, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'words', weight: 2 },
      { name: 'summary', weight: 1 },
      { name: 'places', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    includeScore: true,
    minMatchCharLength: 2,
    // The youth-words field is long on purpose; without this, an exact "gepest" there loses to a
    // near-miss such as "geeste" in a short name.
    ignoreFieldNorm: true,
  });

  /** Provider ids with their text match: how many words matched, and how well (0 is perfect). */
  const textMatches = (query: string): Map<string, { words: number; score: number }> | undefined => {
    const words = [...new Set(normalizeText(query).split(' '))].filter((word) => word.length >= 2 && !STOPWORDS.has(word));
    if (words.length === 0) return undefined;
    const matches = new Map<string, { words: number; score: number }>();
    for (const word of words) {
      for (const { item, score = 1 } of fuse.search(word)) {
        const match = matches.get(item.id) ?? { words: 0, score: 0 };
        matches.set(item.id, { words: match.words + 1, score: match.score + score });
      }
    }
    return matches;
  };

  const run = (state: SearchState, now: Date, skip?: FilterGroup): SearchResult[] => {
    const matches = skip === 'query' ? undefined : textMatches(state.query);
    const active = (Object.keys(FILTERS) as (keyof typeof FILTERS)[]).filter((group) => group !== skip);
    const candidates = matches ? [...matches.keys()].map((id) => providersById.get(id)!).filter(Boolean) : catalogue.providers;
    const kept = candidates.filter((provider) => active.every((group) => FILTERS[group](provider, state, now)));
    const ranked = kept.map((provider) => {
      const open = openNow(provider, now);
      const match = matches?.get(provider.id);
      return {
        result: { provider, open },
        words: match?.words ?? 0,
        // Lower is better. Within the same text fit, reachable help comes first.
        score: (match ? match.score / match.words : 0) - reachability(provider, open, state) * 0.05,
      };
    });
    ranked.sort((a, b) => b.words - a.words || a.score - b.score || a.result.provider.name.localeCompare(b.result.provider.name));
    return ranked.map(({ result }) => result);
  };

  return {
    search: (state, now) => run(state, now),
    withoutEachFilter(state, now) {
      return activeGroups(state).map((group) => ({ group, count: run(state, now, group).length }));
    },
  };
}

/** How easy it is to reach this help right now, as a small bonus in the ranking. */
function reachability(provider: CatalogueProvider, open: boolean | undefined, state: SearchState): number {
  let bonus = 0;
  if (open) bonus += 2;
  if (provider.phones.length > 0 || provider.chats.length > 0) bonus += 1;
  if (state.municipality && !isNational(provider)) bonus += 1;
  return bonus;
}

export function activeGroups(state: SearchState): FilterGroup[] {
  const groups: FilterGroup[] = [];
  if (state.query.trim()) groups.push('query');
  if (state.themes.length) groups.push('themes');
  if (state.municipality) groups.push('municipality');
  if (state.age !== undefined) groups.push('age');
  if (state.free) groups.push('free');
  if (state.anonymous) groups.push('anonymous');
  if (state.noReferral) groups.push('noReferral');
  if (state.withoutParents) groups.push('withoutParents');
  if (state.contact.length) groups.push('contact');
  if (state.openNow) groups.push('openNow');
  return groups;
}
