/**
 * Search and filters over the catalogue. Each word typed is searched on its own, so "ik word gepest"
 * looks for "gepest" and a typo in one word does not sink the others. A word is matched fuzzily
 * (fuse.js: typos, parts of compound words) against the distinct words of the index — names, the
 * themes' youth words, keywords, summaries and places — and an inverted index leads from those words
 * to providers. Theme words are shared by many providers, so the list fuse scans stays short and a
 * keystroke costs about the same at 200 providers as at 2,000. The filters are those of
 * search-filters.ts.
 *
 * When a search looks like a crisis (crisis/crisis-detection.ts), the lines of the crisis lane come first, even
 * if the words do not match them, and the words that made it a crisis are looked up strictly (the word
 * and the crisis form it was read as, whole or as the start of a word) instead of fuzzily: fuzzy
 * matching of "kant" in "me van kant maken" finds "wijkkantoor", and "die" finds "diepenbeek".
 */
import Fuse from 'fuse.js';
import type { LoadedCatalogue } from '../catalogue/catalogue';
import type { Catalogue, CatalogueProvider, SearchIndex, SearchIndexEntry } from '../catalogue/catalogue-types';
import { isNational, reachableNow } from '../catalogue/provider-facts';
import { detectCrisis, type CrisisDetection } from '../crisis/crisis-detection';
import { normalizeText } from '../shared/normalize-text';
import { activeFilters, SEARCH_FILTERS, type FilterGroup, type SearchState } from './search-filters';

/** Words that say nothing about the kind of help: left out of the text search. */
const STOPWORDS = new Set(
  'ik je jij u me mij mijn mn we wij ze zij hij het de een en of in op met van voor naar bij aan om te is ben bent zijn word wordt worden heb hebt heeft hebben wil wilt kan kun kunnen moet niet geen wel zo er dat die dit wat hoe waar wie ook nog al maar echt heel erg veel iets iemand hulp help i am the a an to my me of and le la les un une des mon ma mes je suis pas'.split(
    ' ',
  ),
);

/** The filters that keep some providers and not others (the search text is matched, not filtered). */
const PROVIDER_FILTERS = SEARCH_FILTERS.filter((filter) => filter.keeps);

export interface SearchResult {
  provider: CatalogueProvider;
  /** Open now: true, false, or undefined when no hours are known. */
  open: boolean | undefined;
  /** Today is a public holiday and the hours do not say whether that changes them. */
  holidayUncertain: boolean;
}

export interface Searcher {
  search(state: SearchState, now: Date): SearchResult[];
  /** Which filter groups are set, and how many results there would be without each. */
  withoutEachFilter(state: SearchState, now: Date): { group: FilterGroup; count: number }[];
}

/** How much a word counts by where it was found: a provider's name says most about it. */
const FIELD_WEIGHT: Record<Exclude<keyof SearchIndexEntry, 'id'>, number> = { name: 3, words: 2, summary: 1, places: 1 };
/** Per step of field weight below the name, a match counts this much less (scores are 0 = perfect … 1). */
const FIELD_PENALTY = 0.05;
/** Typed words remembered with their matches; typing repeats the same words many times. */
const WORD_CACHE_SIZE = 200;
/** A crisis word looked up strictly also finds index words that start with it, from this length on ("zelfmoord" → "zelfmoordgedachten"). */
const MIN_STRICT_PREFIX = 5;
/** Score of a strict match that is the start of an index word rather than the whole word (0 is perfect). */
const STRICT_PREFIX_SCORE = 0.1;
const NO_CRISIS: CrisisDetection = { crisis: false, words: new Map() };

export function createSearcher(catalogue: Catalogue, index: SearchIndex): Searcher {
  const providersById = new Map(catalogue.providers.map((provider) => [provider.id, provider]));
  // Inverted index: each distinct word → the providers it appears in, with the best field weight.
  const postings = new Map<string, Map<string, number>>();
  for (const entry of index.entries) {
    for (const field of Object.keys(FIELD_WEIGHT) as (keyof typeof FIELD_WEIGHT)[]) {
      for (const word of entry[field].split(/[\s|]+/)) {
        if (word.length < 2) continue;
        const providers = postings.get(word) ?? new Map<string, number>();
        providers.set(entry.id, Math.max(providers.get(entry.id) ?? 0, FIELD_WEIGHT[field]));
        postings.set(word, providers);
      }
    }
  }
  const fuse = new Fuse([...postings.keys()], {
    threshold: 0.3,
    ignoreLocation: true,
    includeScore: true,
    minMatchCharLength: 2,
    // Short dictionary words of different lengths: a length penalty would only add noise.
    ignoreFieldNorm: true,
  });
  /** The index words in sorted order, for prefix lookups; sorted on the first crisis search only. */
  let sortedWords: string[] | undefined;
  const wordCache = new Map<string, Map<string, number>>();

  /** Providers matching one typed word, with their best score (lower is better). */
  const matchWord = (typed: string): Map<string, number> =>
    cachedScores(typed, () => fuse.search(typed).map(({ item, score = 1 }) => ({ item, score })));

  /**
   * Providers matching a crisis word strictly: index words equal to it or to the crisis forms it was read
   * as, or starting with one of them when it is long enough ("zelfmort" read as "zelfmoord" finds
   * "zelfmoordgedachten"). No fuzzy matching inside other words.
   */
  const matchStrictly = (typed: string, readAs: readonly string[]): Map<string, number> => {
    const forms = [...new Set([typed, ...readAs])].filter((form) => form.length >= 2 && !STOPWORDS.has(form));
    return cachedScores(`strict:${forms.join(' ')}`, () =>
      forms.flatMap((form) => {
        const found = postings.has(form) ? [{ item: form, score: 0 }] : [];
        if (form.length < MIN_STRICT_PREFIX) return found;
        // Index words starting with the form sit together in sorted order, right after it.
        const sorted = (sortedWords ??= [...postings.keys()].sort());
        for (let at = lowerBound(sorted, form); at < sorted.length && sorted[at].startsWith(form); at++) {
          if (sorted[at] !== form) found.push({ item: sorted[at], score: STRICT_PREFIX_SCORE });
        }
        return found;
      }),
    );
  };

  /** Turns matched index words into providers with their best score, weighted by field; remembered per key. */
  const cachedScores = (key: string, find: () => { item: string; score: number }[]): Map<string, number> => {
    const cached = wordCache.get(key);
    if (cached) return cached;
    const scores = new Map<string, number>();
    for (const { item, score } of find()) {
      for (const [id, weight] of postings.get(item)!) {
        const weighted = score + (FIELD_WEIGHT.name - weight) * FIELD_PENALTY;
        if (weighted < (scores.get(id) ?? Infinity)) scores.set(id, weighted);
      }
    }
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.delete(wordCache.keys().next().value!);
    wordCache.set(key, scores);
    return scores;
  };

  /** Provider ids with their text match: how many words matched, and how well (0 is perfect). */
  const textMatches = (query: string, crisis: CrisisDetection): Map<string, { words: number; score: number }> | undefined => {
    const words = [...new Set(normalizeText(query).split(' '))].filter((word) => word.length >= 2 && !STOPWORDS.has(word));
    if (words.length === 0) return undefined;
    const matches = new Map<string, { words: number; score: number }>();
    for (const word of words) {
      const readAs = crisis.words.get(word);
      for (const [id, score] of readAs ? matchStrictly(word, readAs) : matchWord(word)) {
        const match = matches.get(id) ?? { words: 0, score: 0 };
        matches.set(id, { words: match.words + 1, score: match.score + score });
      }
    }
    return matches;
  };

  const knownMunicipalities = new Set(catalogue.municipalities.map((m) => m.id));
  const knownThemes = new Set(catalogue.themes.map((theme) => theme.id));
  /** A municipality or theme the catalogue does not know (an old or mistyped link) is ignored, never used to hide help. */
  const known = (state: SearchState): SearchState => ({
    ...state,
    municipality: state.municipality !== undefined && knownMunicipalities.has(state.municipality) ? state.municipality : undefined,
    themes: state.themes.filter((theme) => knownThemes.has(theme)),
  });

  const crisisLines = catalogue.providers.filter((provider) => provider.crisisLane !== undefined);

  const run = (requested: SearchState, now: Date, skip?: FilterGroup): SearchResult[] => {
    const state = known(requested);
    const crisis = skip === 'query' ? NO_CRISIS : detectCrisis(state.query, catalogue.crisisPhrases);
    const matches = skip === 'query' ? undefined : textMatches(state.query, crisis);
    const active = PROVIDER_FILTERS.filter((filter) => filter.group !== skip);
    let candidates = matches ? [...matches.keys()].map((id) => providersById.get(id)!).filter(Boolean) : catalogue.providers;
    // In a crisis the lines of the crisis lane are always among the results, whatever the words matched.
    if (crisis.crisis && matches) candidates = [...new Set([...crisisLines, ...candidates])];
    const kept = candidates.filter((provider) => active.every((filter) => filter.keeps!(provider, state, now)));
    const ranked = kept.map((provider) => {
      const { open, holidayUncertain } = reachableNow(provider, now);
      const match = matches?.get(provider.id);
      return {
        result: { provider, open, holidayUncertain },
        words: match?.words ?? 0,
        text: match ? match.score / match.words : 1,
        // Lower is better. Within the same text fit, reachable help comes first.
        score: (match ? match.score / match.words : 0) - reachability(provider, open, state) * 0.05,
      };
    });
    type Ranked = (typeof ranked)[number];
    const byText = (a: Ranked, b: Ranked) =>
      b.words - a.words || a.score - b.score || a.result.provider.name.localeCompare(b.result.provider.name);
    // In a crisis: crisis lines first, the best text match first among them, then in lane order.
    const crisisFirst = (a: Ranked, b: Ranked) => {
      const laneA = a.result.provider.crisisLane;
      const laneB = b.result.provider.crisisLane;
      if (laneA === undefined || laneB === undefined) return (laneA === undefined ? 1 : 0) - (laneB === undefined ? 1 : 0);
      return b.words - a.words || a.text - b.text || laneA - laneB;
    };
    ranked.sort(crisis.crisis ? (a, b) => crisisFirst(a, b) || byText(a, b) : byText);
    return ranked.map(({ result }) => result);
  };

  return {
    search: (state, now) => run(state, now),
    withoutEachFilter(state, now) {
      return activeFilters(known(state)).map(({ group }) => ({ group, count: run(state, now, group).length }));
    },
  };
}

const searchers = new WeakMap<LoadedCatalogue, Searcher>();

/**
 * The searcher of a loaded catalogue, built on first use and kept while the catalogue is: building the
 * index takes a while, and the catalogue never changes while the page is open.
 */
export function searcherFor(loaded: LoadedCatalogue): Searcher {
  let searcher = searchers.get(loaded);
  if (!searcher) {
    searcher = createSearcher(loaded.catalogue, loaded.searchIndex);
    searchers.set(loaded, searcher);
  }
  return searcher;
}

/** How easy it is to reach this help right now, as a small bonus in the ranking. */
function reachability(provider: CatalogueProvider, open: boolean | undefined, state: SearchState): number {
  let bonus = 0;
  if (open) bonus += 2;
  if (provider.phones.length > 0 || provider.chats.length > 0) bonus += 1;
  if (state.municipality && !isNational(provider)) bonus += 1;
  return bonus;
}

/** The first position in a sorted list whose value is not below `value`. */
function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
