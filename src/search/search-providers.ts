/**
 * Search and filters over the catalogue, ranked the way a youth worker would answer. Each typed word is
 * looked up on its own (word-matcher.ts: other forms, unfinished words, compounds, typos; never inside
 * an unrelated word) in four places, which count differently:
 *
 * - what the provider is for: its name and keywords (most), and the words of its themes;
 * - its summary (a passing mention counts least);
 * - its places;
 * - a helpline for any question (`anyQuestion`) is reached through every theme's words, after the help
 *   whose theme it is.
 *
 * A word shared by many providers says less than a rare one, so each word counts by how rare it is
 * (idf), and a provider that matches more of a sentence's words gathers more. A phrase of a theme or of
 * a provider's keywords found whole in the search ("ik word gepest", "mama is ziek") counts extra: it
 * says what the whole sentence means. Within about the same fit, help that can be reached now comes first.
 *
 * When a search looks like a crisis (crisis/crisis-detection.ts), the lines of the crisis lane come first,
 * whatever else was chosen, even if the words do not match them (the line that fits the crisis words best
 * first, then the other words, then the lane's order), and the words that made it a crisis are looked up strictly (the word
 * and the crisis form it was read as, whole or as the start of a word): "me van kant maken" must not
 * find "wijkkantoor", nor "die" "diepenbeek".
 *
 * Filters (search-filters.ts) drop what does not fit; help whose data does not say whether it fits is
 * kept after the rest, with the filters it may not fit (`unknown`).
 */
import type { LoadedCatalogue } from '../catalogue/catalogue';
import type { Catalogue, CatalogueProvider, SearchIndex } from '../catalogue/catalogue-types';
import { isNational, reachableNow } from '../catalogue/provider-facts';
import { detectCrisis, type CrisisDetection } from '../crisis/crisis-detection';
import { normalizeText } from '../shared/normalize-text';
import { activeFilters, SEARCH_FILTERS, type FilterGroup, type SearchState } from './search-filters';
import { WordMatcher, type WordMatch } from './word-matcher';

/** Words that say nothing about the kind of help: left out of the word search (phrases still see them). */
const STOPWORDS = new Set(
  [
    'ik je jij u me mij mijn mn m we wij ze zij hij het de een en of in op met van voor naar bij aan om te is ben bent zijn word wordt worden',
    'heb hebt heeft hebben wil wilt kan kun kunnen moet niet geen wel zo er dat die dit wat hoe waar wie ook nog al maar echt heel erg veel',
    'iets iemand hulp help meer dan als nu toch gewoon soms beetje super mee over door want omdat ga gaat gaan doe doen voel voelt weet mezelf mijzelf net pas meteen',
    'i am im i m is are the a an to my me of and with for about feel need someone myself right now',
    'le la les un une des mon ma mes je j suis pas ai est avec pour de du et moi ne plus qui que aide besoin tout suite',
  ]
    .join(' ')
    .split(' '),
);

/** The filters that drop some providers and not others (the search text is matched, not filtered). */
const PROVIDER_FILTERS = SEARCH_FILTERS.filter((filter) => filter.fits);

export interface SearchResult {
  provider: CatalogueProvider;
  /** Open now: true, false, or undefined when no hours are known. */
  open: boolean | undefined;
  /** Today is a public holiday and the hours do not say whether that changes them. */
  holidayUncertain: boolean;
  /** The chosen filters its data says nothing about (no age range, nothing said about parents): shown last, with a note. */
  unknown: FilterGroup[];
  /** Topics were chosen and this is not their help: a helpline for any question, shown after the help for them. */
  offTheme: boolean;
}

export interface Searcher {
  search(state: SearchState, now: Date | undefined): SearchResult[];
  /** Which filter groups are set, and how many results there would be without each. */
  withoutEachFilter(state: SearchState, now: Date | undefined): { group: FilterGroup; count: number }[];
}

/**
 * How much a matched word counts by where it was found. What the provider is for (name, keywords, its
 * themes) outweighs a passing mention in the summary; a helpline for any question counts below the
 * help whose theme it is, and above a passing mention.
 */
const WEIGHT = { name: 3, keywords: 3, theme: 2.5, places: 1.5, anyQuestion: 1.4, summary: 1 } as const;
type DirectField = 'name' | 'keywords' | 'summary' | 'places';
const DIRECT_FIELDS: DirectField[] = ['name', 'keywords', 'summary', 'places'];
/** A theme's phrase or a provider's keyword phrase found whole in the search: about one more strong word. */
const PHRASE_BONUS = 6;
/**
 * A word that is only part of a longer keyword or theme phrase counts this much of a word that stands on
 * its own there: "alleen" means lonely on its own, and in "alleen wonen" it is about housing.
 */
const PHRASE_PART = 0.6;
/** Per point of reachability (open now, a phone or chat, close by), the score counts this share more. */
const REACHABILITY_SHARE = 0.02;
/** Help made for young people (an age range within 10–30) counts this share more than help for everyone. */
const YOUTH_SHARE = 0.1;
/** A crisis word looked up strictly also finds index words that start with it, from this length on ("zelfmoord" → "zelfmoordgedachten"). */
const MIN_STRICT_PREFIX = 5;
/** How much a strict match on the start of an index word counts (the whole word is 1). */
const STRICT_PREFIX_QUALITY = 0.9;
const NO_CRISIS: CrisisDetection = { crisis: false, words: new Map() };

interface TextMatches {
  /** Each provider the words reach, with its score. */
  scores: Map<string, number>;
  /** The part of the score from the words that made the search a crisis. */
  crisisScores: Map<string, number>;
}

/** A phrase of more than one word: a theme's, or one of a provider's keywords. */
interface Phrase {
  text: string;
  theme?: string;
  provider?: string;
}

export function createSearcher(catalogue: Catalogue, index: SearchIndex): Searcher {
  const providersById = new Map(catalogue.providers.map((provider) => [provider.id, provider]));
  const providerCount = Math.max(catalogue.providers.length, 1);

  // Each distinct word of a provider's own fields → the providers it appears in, with the best weight.
  const postings = new Map<string, Map<string, number>>();
  const post = (word: string, id: string, weight: number) => {
    const providers = postings.get(word) ?? new Map<string, number>();
    providers.set(id, Math.max(providers.get(id) ?? 0, weight));
    postings.set(word, providers);
  };
  // Multi-word phrases, found whole in a search: a provider's keywords and each theme's words, by their
  // first word, so that a search only looks at the phrases that can start at one of its words.
  const phrasesByFirstWord = new Map<string, Phrase[]>();
  const addPhrase = (phrase: Phrase) => {
    const first = phrase.text.slice(0, phrase.text.indexOf(' '));
    const phrases = phrasesByFirstWord.get(first) ?? [];
    phrases.push(phrase);
    phrasesByFirstWord.set(first, phrases);
  };
  for (const entry of index.entries) {
    for (const field of DIRECT_FIELDS) {
      for (const phrase of entry[field].split(' | ')) {
        const words = phrase.split(' ');
        const weight = field === 'keywords' && words.length > 1 ? WEIGHT.keywords * PHRASE_PART : WEIGHT[field];
        for (const word of words) if (word.length >= 2) post(word, entry.id, weight);
      }
    }
    for (const text of phrasesOf(entry.keywords)) addPhrase({ text, provider: entry.id });
  }

  // Theme words → the themes they belong to, with how much they count there (a word of a phrase, less);
  // themes → the providers whose theme it is.
  const themesOfWord = new Map<string, Map<string, number>>();
  for (const theme of index.themes) {
    // The words of the theme's name stand on their own, also in a name of several words ("Thuis en familie").
    const label = catalogue.themes.find((known) => known.id === theme.id)?.label;
    const labels = new Set(Object.values(label ?? {}).map(normalizeText));
    for (const phrase of theme.words.split(' | ')) {
      const words = phrase.split(' ');
      const share = words.length > 1 && !labels.has(phrase) ? PHRASE_PART : 1;
      for (const word of words) {
        if (word.length < 2) continue;
        const themes = themesOfWord.get(word) ?? new Map<string, number>();
        themes.set(theme.id, Math.max(themes.get(theme.id) ?? 0, share));
        themesOfWord.set(word, themes);
      }
      if (words.length > 1) addPhrase({ text: phrase, theme: theme.id });
    }
  }
  const providersOfTheme = new Map<string, string[]>();
  for (const provider of catalogue.providers) {
    for (const theme of provider.themes) {
      const ids = providersOfTheme.get(theme) ?? [];
      ids.push(provider.id);
      providersOfTheme.set(theme, ids);
    }
  }
  const anyQuestion = catalogue.providers.filter((provider) => provider.anyQuestion).map((provider) => provider.id);

  const matcher = new WordMatcher([...postings.keys(), ...themesOfWord.keys()]);
  const contributionCache = new Map<string, Map<string, number>>();

  /** Index words a crisis word stands for, strictly: the word or the crisis forms it was read as, whole or as a start. */
  const strictMatches = (typed: string, readAs: readonly string[]): WordMatch[] => {
    const forms = [...new Set([typed, ...readAs])].filter((form) => form.length >= 2 && !STOPWORDS.has(form));
    return forms.flatMap((form) => {
      const found = matcher.has(form) ? [{ word: form, quality: 1 }] : [];
      if (form.length < MIN_STRICT_PREFIX) return found;
      for (const word of matcher.startingWith(form)) if (word !== form) found.push({ word, quality: STRICT_PREFIX_QUALITY });
      return found;
    });
  };

  /** For one typed word: each provider it reaches, with its best weighted match (before rarity). Remembered per word. */
  const contributions = (typed: string, readAs: readonly string[] | undefined): Map<string, number> => {
    const key = readAs ? `strict:${typed} ${readAs.join(' ')}` : typed;
    const cached = contributionCache.get(key);
    if (cached) return cached;
    const best = new Map<string, number>();
    const add = (id: string, value: number) => {
      if (value > (best.get(id) ?? 0)) best.set(id, value);
    };
    for (const { word, quality } of readAs ? strictMatches(typed, readAs) : matcher.match(typed)) {
      for (const [id, weight] of postings.get(word) ?? []) add(id, quality * weight);
      const themes = themesOfWord.get(word);
      if (!themes) continue;
      for (const [theme, share] of themes) for (const id of providersOfTheme.get(theme) ?? []) add(id, quality * share * WEIGHT.theme);
      for (const id of anyQuestion) add(id, quality * Math.max(...themes.values()) * WEIGHT.anyQuestion);
    }
    if (contributionCache.size >= 300) contributionCache.delete(contributionCache.keys().next().value!);
    contributionCache.set(key, best);
    return best;
  };

  /**
   * Providers the search text reaches, with their score, and the part of it that comes from the words
   * that made the search a crisis (to order the crisis lines); undefined when there are no words to search.
   */
  const textMatches = (query: string, crisis: CrisisDetection): TextMatches | undefined => {
    const normalized = normalizeText(query);
    const words = [...new Set(normalized.split(' '))].filter((word) => word.length >= 2 && !STOPWORDS.has(word));
    if (words.length === 0) return undefined;
    const scores = new Map<string, number>();
    const crisisScores = new Map<string, number>();
    const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
    for (const word of words) {
      const readAs = crisis.words.get(word);
      const reached = contributions(word, readAs);
      // A word few providers have says more about what is asked than one most of them have.
      const rarity = Math.log(1 + providerCount / Math.max(reached.size, 1));
      for (const [id, value] of reached) {
        add(id, rarity * value);
        if (readAs) crisisScores.set(id, (crisisScores.get(id) ?? 0) + rarity * value);
      }
    }
    // Phrases found whole: each provider gets the bonus of its best one, once.
    const padded = ` ${normalized} `;
    const phraseBonus = new Map<string, number>();
    const addBonus = (id: string, bonus: number) => phraseBonus.set(id, Math.max(phraseBonus.get(id) ?? 0, bonus));
    for (const first of new Set(normalized.split(' '))) {
      for (const { text, theme, provider } of phrasesByFirstWord.get(first) ?? []) {
        if (!padded.includes(` ${text} `)) continue;
        // A provider's own phrase says more than a theme's it shares with others, as its keywords do (WEIGHT).
        if (provider) addBonus(provider, (PHRASE_BONUS * WEIGHT.keywords) / WEIGHT.theme);
        if (!theme) continue;
        for (const id of providersOfTheme.get(theme) ?? []) addBonus(id, PHRASE_BONUS);
        for (const id of anyQuestion) addBonus(id, (PHRASE_BONUS * WEIGHT.anyQuestion) / WEIGHT.theme);
      }
    }
    for (const [id, bonus] of phraseBonus) add(id, bonus);
    return { scores, crisisScores };
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

  const run = (requested: SearchState, now: Date | undefined, skip?: FilterGroup): SearchResult[] => {
    const state = known(requested);
    const crisis = skip === 'query' ? NO_CRISIS : detectCrisis(state.query, catalogue.crisisPhrases);
    // A crisis said only in small words ("i want to die") still has its lines, and nothing else.
    const found = skip === 'query' ? undefined : textMatches(state.query, crisis);
    const matches = found?.scores ?? (crisis.crisis && skip !== 'query' ? new Map<string, number>() : undefined);
    const active = PROVIDER_FILTERS.filter((filter) => filter.group !== skip);
    let candidates = matches ? [...matches.keys()].map((id) => providersById.get(id)!).filter(Boolean) : catalogue.providers;
    // In a crisis the lines of the crisis lane are always among the results, whatever the words matched.
    if (crisis.crisis && matches) candidates = [...new Set([...crisisLines, ...candidates])];
    const themesChosen = skip !== 'themes' && state.themes.length > 0;
    const ranked = [];
    for (const provider of candidates) {
      const unknown: FilterGroup[] = [];
      let fits = true;
      for (const filter of active) {
        const fit = filter.fits!(provider, state, now);
        if (fit === 'no') fits = false;
        else if (fit === 'unknown') unknown.push(filter.group);
      }
      if (!fits) continue;
      const { open, holidayUncertain } = reachableNow(provider, now);
      const text = matches?.get(provider.id) ?? 0;
      const crisisText = found?.crisisScores.get(provider.id) ?? 0;
      const reach = reachability(provider, open, state);
      // In a crisis a line of the lane is first whatever else was chosen: no note that it may not fit.
      const laneFirst = crisis.crisis && provider.crisisLane !== undefined;
      // A helpline for any question comes after the help whose theme was chosen.
      const offTheme = !laneFirst && themesChosen && !provider.themes.some((theme) => state.themes.includes(theme));
      ranked.push({
        result: { provider, open, holidayUncertain, unknown: laneFirst ? [] : unknown, offTheme },
        text,
        crisisText,
        score:
          text * (1 + REACHABILITY_SHARE * reach + (madeForYoungPeople(provider) ? YOUTH_SHARE : 0)) +
          // With no words (browsing), reachability alone orders the list.
          reach * 1e-3,
      });
    }
    type Ranked = (typeof ranked)[number];
    const byFit = (a: Ranked, b: Ranked) =>
      Math.sign(a.result.unknown.length) - Math.sign(b.result.unknown.length) ||
      Number(a.result.offTheme) - Number(b.result.offTheme) ||
      b.score - a.score ||
      // One locale, so the build's server and every phone order ties the same way (hydration must match).
      a.result.provider.name.localeCompare(b.result.provider.name, 'nl');
    // In a crisis: crisis lines first; among them the line that best fits the words that made it a crisis
    // ("bewusteloos" → 112, "zelfmoord" → 1813), then the rest of the words, then the lane's own order.
    const crisisFirst = (a: Ranked, b: Ranked) => {
      const laneA = a.result.provider.crisisLane;
      const laneB = b.result.provider.crisisLane;
      if (laneA === undefined || laneB === undefined) return (laneA === undefined ? 1 : 0) - (laneB === undefined ? 1 : 0);
      return b.crisisText - a.crisisText || b.text - a.text || laneA - laneB;
    };
    ranked.sort(crisis.crisis ? (a, b) => crisisFirst(a, b) || byFit(a, b) : byFit);
    return ranked.map(({ result }) => result);
  };

  return {
    search: (state, now) => run(state, now),
    withoutEachFilter(state, now) {
      return activeFilters(known(state)).map(({ group }) => ({ group, count: run(state, now, group).length }));
    },
  };
}

/** The phrases of more than one word in an index field (phrases are joined with " | "). */
function phrasesOf(field: string): string[] {
  return field.split(' | ').filter((phrase) => phrase.includes(' '));
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

/** Whether its age range says it is made for young people (not for everyone, nor only for adults). */
function madeForYoungPeople(provider: CatalogueProvider): boolean {
  const { min, max } = provider.age ?? {};
  return min !== undefined && max !== undefined && min >= 10 && max <= 30;
}

/** How easy it is to reach this help right now, as a small bonus in the ranking. */
function reachability(provider: CatalogueProvider, open: boolean | undefined, state: SearchState): number {
  let bonus = 0;
  if (open) bonus += 2;
  // A number from a source too old to trust may no longer answer: it earns no bonus.
  if ((provider.phones.length > 0 && !provider.oldFacts?.phone) || provider.chats.length > 0) bonus += 1;
  if (state.municipality && !isNational(provider)) bonus += 1;
  return bonus;
}
