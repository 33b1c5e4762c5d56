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
import { isNational } from '../catalogue/provider-facts';
import { OpenNow } from './open-now';
import { crisisDetector } from '../crisis/crisis-check';
import type { CrisisDetection } from '../crisis/crisis-detection';
import { normalizeText } from '../shared/normalize-text';
import { activeFilters, isSet, SEARCH_FILTERS, type FilterGroup, type SearchState } from './search-filters';
import { compiled, FIELD_BIT, FIELD_VALUES, forEachPosting } from './search-index';
import { typoMatchingGeneration } from './typo-matching';
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
  /** Gets ready for searches with words now, rather than at the first one (see `wordMatcher` below). */
  prepareWords(): void;
}

/**
 * How much a matched word counts by where it was found. What the provider is for (name, keywords, its
 * themes) outweighs a passing mention in the summary; a helpline for any question counts below the
 * help whose theme it is, and above a passing mention.
 */
const WEIGHT = { name: 3, keywords: 3, theme: 2.5, places: 1.5, anyQuestion: 1.4, summary: 1 } as const;
/** A theme's phrase or a provider's keyword phrase found whole in the search: about one more strong word. */
const PHRASE_BONUS = 6;
/**
 * A word that is only part of a longer keyword or theme phrase counts this much of a word that stands on
 * its own there: "alleen" means lonely on its own, and in "alleen wonen" it is about housing.
 */
const PHRASE_PART = 0.6;
/** What a word counts by the fields of a provider it was found in (as FIELD_BIT bits): the best of them. */
const FIELD_WEIGHT = Float64Array.from({ length: FIELD_VALUES }, (_, bits) =>
  Math.max(
    0,
    ...(
      [
        [FIELD_BIT.name, WEIGHT.name],
        [FIELD_BIT.keywords, WEIGHT.keywords],
        [FIELD_BIT.keywordPhrase, WEIGHT.keywords * PHRASE_PART],
        [FIELD_BIT.summary, WEIGHT.summary],
        [FIELD_BIT.places, WEIGHT.places],
      ] as const
    ).map(([bit, weight]) => (bits & bit ? weight : 0)),
  ),
);
/** Per point of reachability (open now, a phone or chat, close by), the score counts this share more. */
const REACHABILITY_SHARE = 0.02;
/** Help made for young people (an age range within 10–30) counts this share more than help for everyone. */
const YOUTH_SHARE = 0.1;
/** A crisis word looked up strictly also finds index words that start with it, from this length on ("zelfmoord" → "zelfmoordgedachten"). */
const MIN_STRICT_PREFIX = 5;
/** How much a strict match on the start of an index word counts (the whole word is 1). */
const STRICT_PREFIX_QUALITY = 0.9;
const NO_CRISIS: CrisisDetection = { crisis: false, words: new Map() };

/** What one typed word reaches: providers (by their place in the catalogue) with their best weighted match. */
interface Reach {
  providers: Int32Array;
  values: Float64Array;
}

/** A phrase of more than one word: a theme's, or one of a provider's keywords (by place in their lists). */
interface Phrase {
  text: string;
  theme?: number;
  provider?: number;
}

/** Options for benchmarks; the app uses the defaults. */
export interface SearcherOptions {
  /** Remember what typed words matched (default). Off, each search costs what new words cost while typing. */
  rememberWords?: boolean;
}

/** Typed words remembered with what they reach: typing repeats the same words many times. */
const WORD_CACHE_SIZE = 300;

/**
 * Builds the searcher for a catalogue and its index. Providers are numbered by their place in
 * `catalogue.providers`, and everything a search touches per provider is a typed array indexed by that
 * number: at 10,000 providers a search adds up thousands of scores per keystroke.
 */
export function createSearcher(catalogue: Catalogue, index: SearchIndex, options: SearcherOptions = {}): Searcher {
  const rememberWords = options.rememberWords ?? true;
  const providers = catalogue.providers;
  const count = providers.length;
  const numberOf = new Map(providers.map((provider, at) => [provider.id, at]));
  const providerCount = Math.max(count, 1);
  const { themes: indexThemes, providers: indexProviders, words: indexWords, postings, phrases } = compiled(index, providers);
  // The index names providers by their place in its own list; the search by their place in the catalogue.
  const catalogueNumber = Int32Array.from(indexProviders, (id) => numberOf.get(id) ?? -1);
  // What a search with words needs (the words, phrases and themes of the index, the word matcher) is
  // built at the first such search: about 45 ms at 210 providers in a browser that has not run this code
  // before, four times that on a cheap phone. A page without words (the start page, a theme) is taken over
  // without it; the search box asks for it when it gets focus (prepareWords).
  let wordIndex: ReturnType<typeof buildWordIndex> | undefined;
  const wordLookup = () => (wordIndex ??= buildWordIndex());
  function buildWordIndex() {
    const wordNumber = new Map(indexWords.map((word, at) => [word, at]));

    // Multi-word phrases, found whole in a search: a provider's keywords and each theme's words, by their
    // first word, so that a search only looks at the phrases that can start at one of its words.
    const phrasesByFirstWord = new Map<string, Phrase[]>();
    const addPhrase = (phrase: Phrase) => {
      const first = phrase.text.slice(0, phrase.text.indexOf(' '));
      const phrases = phrasesByFirstWord.get(first) ?? [];
      phrases.push(phrase);
      phrasesByFirstWord.set(first, phrases);
    };
    for (const [text, indexPlaces] of phrases) {
      for (const indexAt of indexPlaces) {
        const provider = catalogueNumber[indexAt];
        if (provider >= 0) addPhrase({ text, provider });
      }
    }

    // Theme words → the themes they belong to (by place in index.themes), with how much they count there
    // (a word of a phrase, less); themes → the providers whose theme it is.
    const themeNumber = new Map(indexThemes.map((theme, at) => [theme.id, at]));
    const themesOfWord = new Map<string, Map<number, number>>();
    indexThemes.forEach((theme, themeAt) => {
      // The words of the theme's name stand on their own, also in a name of several words ("Thuis en familie").
      const label = catalogue.themes.find((known) => known.id === theme.id)?.label;
      const labels = new Set(Object.values(label ?? {}).map(normalizeText));
      for (const phrase of theme.words.split(' | ')) {
        const words = phrase.split(' ');
        const share = words.length > 1 && !labels.has(phrase) ? PHRASE_PART : 1;
        for (const word of words) {
          if (word.length < 2) continue;
          const themes = themesOfWord.get(word) ?? new Map<number, number>();
          themes.set(themeAt, Math.max(themes.get(themeAt) ?? 0, share));
          themesOfWord.set(word, themes);
        }
        if (words.length > 1) addPhrase({ text: phrase, theme: themeAt });
      }
    });
    const providersOfTheme: number[][] = indexThemes.map(() => []);
    providers.forEach((provider, at) => {
      for (const theme of provider.themes) {
        const themeAt = themeNumber.get(theme);
        if (themeAt !== undefined) providersOfTheme[themeAt].push(at);
      }
    });
    const anyQuestion = providers.flatMap((provider, at) => (provider.anyQuestion ? [at] : []));

    const matcher = new WordMatcher([...indexWords, ...themesOfWord.keys()], rememberWords);
    return { wordNumber, phrasesByFirstWord, themesOfWord, providersOfTheme, anyQuestion, matcher };
  }
  const wordCache = new Map<string, Reach>();
  let wordCacheGeneration = typoMatchingGeneration();

  // Scratch space for one search, reused: a provider's value counts only when its stamp is the current one.
  const best = new Float64Array(count);
  const bestStamp = new Uint32Array(count);
  const scores = new Float64Array(count);
  const scoreStamp = new Uint32Array(count);
  const crisisScores = new Float64Array(count);
  const bonus = new Float64Array(count);
  const bonusStamp = new Uint32Array(count);
  let stamp = 0;
  const nextStamp = () => {
    stamp++;
    if (stamp === 0xffffffff) {
      bestStamp.fill(0);
      scoreStamp.fill(0);
      bonusStamp.fill(0);
      stamp = 1;
    }
    return stamp;
  };

  /** Index words a crisis word stands for, strictly: the word or the crisis forms it was read as, whole or as a start. */
  const strictMatches = (typed: string, readAs: readonly string[]): WordMatch[] => {
    const forms = [...new Set([typed, ...readAs])].filter((form) => form.length >= 2 && !STOPWORDS.has(form));
    return forms.flatMap((form) => {
      const found = wordLookup().matcher.has(form) ? [{ word: form, quality: 1 }] : [];
      if (form.length < MIN_STRICT_PREFIX) return found;
      for (const word of wordLookup().matcher.startingWith(form)) if (word !== form) found.push({ word, quality: STRICT_PREFIX_QUALITY });
      return found;
    });
  };

  /** For one typed word: each provider it reaches, with its best weighted match (before rarity). Remembered per word. */
  const reach = (typed: string, readAs: readonly string[] | undefined): Reach => {
    // What was remembered before the typo matcher arrived lacks its typos.
    if (wordCacheGeneration !== typoMatchingGeneration()) {
      wordCache.clear();
      wordCacheGeneration = typoMatchingGeneration();
    }
    const key = readAs ? `strict:${typed} ${readAs.join(' ')}` : typed;
    const cached = wordCache.get(key);
    if (cached) return cached;
    const current = nextStamp();
    const reached: number[] = [];
    const add = (provider: number, value: number) => {
      if (bestStamp[provider] !== current) {
        bestStamp[provider] = current;
        best[provider] = value;
        reached.push(provider);
      } else if (value > best[provider]) best[provider] = value;
    };
    const { wordNumber, themesOfWord, providersOfTheme, anyQuestion, matcher } = wordLookup();
    // A theme reaches all its providers: first the best match per theme, then each provider once.
    const themeBest = new Map<number, number>();
    let anyQuestionBest = 0;
    for (const { word, quality } of readAs ? strictMatches(typed, readAs) : matcher.match(typed)) {
      const wordAt = wordNumber.get(word);
      if (wordAt !== undefined) {
        forEachPosting(postings[wordAt], (indexAt, bits) => {
          const provider = catalogueNumber[indexAt];
          if (provider >= 0) add(provider, quality * FIELD_WEIGHT[bits]);
        });
      }
      const themes = themesOfWord.get(word);
      if (!themes) continue;
      let widest = 0;
      for (const [theme, share] of themes) {
        themeBest.set(theme, Math.max(themeBest.get(theme) ?? 0, quality * share));
        widest = Math.max(widest, share);
      }
      anyQuestionBest = Math.max(anyQuestionBest, quality * widest);
    }
    for (const [theme, value] of themeBest) for (const provider of providersOfTheme[theme]) add(provider, value * WEIGHT.theme);
    if (anyQuestionBest > 0) for (const provider of anyQuestion) add(provider, anyQuestionBest * WEIGHT.anyQuestion);
    const result: Reach = { providers: Int32Array.from(reached), values: Float64Array.from(reached, (provider) => best[provider]) };
    if (rememberWords) {
      if (wordCache.size >= WORD_CACHE_SIZE) wordCache.delete(wordCache.keys().next().value!);
      wordCache.set(key, result);
    }
    return result;
  };

  /**
   * The providers the search text reaches (their numbers, in `scores` and `crisisScores` under the
   * returned stamp): the score, and the part of it from the words that made the search a crisis (to order
   * the crisis lines). Undefined when there are no words to search.
   */
  const textMatches = (query: string, crisis: CrisisDetection): { matched: number[]; stamp: number } | undefined => {
    const normalized = normalizeText(query);
    const words = [...new Set(normalized.split(' '))].filter((word) => word.length >= 2 && !STOPWORDS.has(word));
    if (words.length === 0) return undefined;
    const reaches = words.map((word) => ({ readAs: crisis.words.get(word), found: reach(word, crisis.words.get(word)) }));
    const current = nextStamp();
    const matched: number[] = [];
    const add = (provider: number, score: number, crisisScore: number) => {
      if (scoreStamp[provider] !== current) {
        scoreStamp[provider] = current;
        scores[provider] = score;
        crisisScores[provider] = crisisScore;
        matched.push(provider);
      } else {
        scores[provider] += score;
        crisisScores[provider] += crisisScore;
      }
    };
    for (const { readAs, found } of reaches) {
      // A word few providers have says more about what is asked than one most of them have.
      const rarity = Math.log(1 + providerCount / Math.max(found.providers.length, 1));
      for (let at = 0; at < found.providers.length; at++) {
        const value = rarity * found.values[at];
        add(found.providers[at], value, readAs ? value : 0);
      }
    }
    // Phrases found whole: each provider gets the bonus of its best one, once.
    const padded = ` ${normalized} `;
    const bonused: number[] = [];
    const addBonus = (provider: number, value: number) => {
      if (bonusStamp[provider] !== current) {
        bonusStamp[provider] = current;
        bonus[provider] = value;
        bonused.push(provider);
      } else if (value > bonus[provider]) bonus[provider] = value;
    };
    const { phrasesByFirstWord, providersOfTheme, anyQuestion } = wordLookup();
    for (const first of new Set(normalized.split(' '))) {
      for (const { text, theme, provider } of phrasesByFirstWord.get(first) ?? []) {
        if (!padded.includes(` ${text} `)) continue;
        // A provider's own phrase says more than a theme's it shares with others, as its keywords do (WEIGHT).
        if (provider !== undefined) addBonus(provider, (PHRASE_BONUS * WEIGHT.keywords) / WEIGHT.theme);
        if (theme === undefined) continue;
        for (const member of providersOfTheme[theme]) addBonus(member, PHRASE_BONUS);
        for (const member of anyQuestion) addBonus(member, (PHRASE_BONUS * WEIGHT.anyQuestion) / WEIGHT.theme);
      }
    }
    for (const provider of bonused) add(provider, bonus[provider], 0);
    return { matched, stamp: current };
  };

  const knownMunicipalities = new Set(catalogue.municipalities.map((m) => m.id));
  const knownThemes = new Set(catalogue.themes.map((theme) => theme.id));
  /** A municipality or theme the catalogue does not know (an old or mistyped link) is ignored, never used to hide help. */
  const known = (state: SearchState): SearchState => ({
    ...state,
    municipality: state.municipality !== undefined && knownMunicipalities.has(state.municipality) ? state.municipality : undefined,
    themes: state.themes.filter((theme) => knownThemes.has(theme)),
  });

  const openNow = new OpenNow(providers);

  const crisisLines = providers.flatMap((provider, at) => (provider.crisisLane !== undefined ? [at] : []));
  const everyone = providers.map((_, at) => at);
  const youth = Uint8Array.from(providers, (provider) => (madeForYoungPeople(provider) ? 1 : 0));
  /** Each provider's place in name order, for ties: the index lists providers by name (any it lacks come last). */
  const nameRank = Int32Array.from(providers, (_, at) => count + at);
  catalogueNumber.forEach((at, indexAt) => {
    if (at >= 0) nameRank[at] = indexAt;
  });

  interface Ranked {
    result: SearchResult;
    at: number;
    /** The help that fits first (0), then a helpline for any question off the chosen themes (1), then help that may not fit (2, 3). */
    band: number;
    score: number;
    text: number;
    crisisText: number;
  }

  const run = (requested: SearchState, now: Date | undefined, skip?: FilterGroup): SearchResult[] => {
    const state = known(requested);
    // Until crisis detection is loaded (crisis/crisis-check.ts) the search ranks without the crisis rules;
    // the page searches again when it arrives, and meanwhile the lane is up for any search with words.
    const detect = crisisDetector();
    const crisis = skip === 'query' || !detect ? NO_CRISIS : detect(state.query, catalogue.crisisPhrases);
    // A crisis said only in small words ("i want to die") still has its lines, and nothing else.
    const found = skip === 'query' ? undefined : textMatches(state.query, crisis);
    const searched = found !== undefined || (crisis.crisis && skip !== 'query');
    const active = PROVIDER_FILTERS.filter((filter) => filter.group !== skip && isSet(filter, state));
    let candidates = found ? found.matched : searched ? [] : everyone;
    // In a crisis the lines of the crisis lane are always among the results, whatever the words matched.
    if (crisis.crisis && searched) candidates = [...new Set([...crisisLines, ...candidates])];
    const textOf = (at: number) => (found && scoreStamp[at] === found.stamp ? scores[at] : 0);
    const crisisTextOf = (at: number) => (found && scoreStamp[at] === found.stamp ? crisisScores[at] : 0);
    const themesChosen = skip !== 'themes' && state.themes.length > 0;
    const ranked: Ranked[] = [];
    for (const at of candidates) {
      const provider = providers[at];
      const unknown: FilterGroup[] = [];
      let fits = true;
      for (const filter of active) {
        const fit = filter.fits!(provider, state, now);
        if (fit === 'no') {
          fits = false;
          break;
        }
        if (fit === 'unknown') unknown.push(filter.group);
      }
      if (!fits) continue;
      const { open, holidayUncertain } = openNow.reachable(at, now);
      const text = textOf(at);
      const reachability = reachabilityOf(provider, open, state);
      // In a crisis a line of the lane is first whatever else was chosen: no note that it may not fit.
      const laneFirst = crisis.crisis && provider.crisisLane !== undefined;
      // A helpline for any question comes after the help whose theme was chosen.
      const offTheme = !laneFirst && themesChosen && !provider.themes.some((theme) => state.themes.includes(theme));
      const shownUnknown = laneFirst ? [] : unknown;
      ranked.push({
        result: { provider, open, holidayUncertain, unknown: shownUnknown, offTheme },
        at,
        band: (shownUnknown.length > 0 ? 2 : 0) + (offTheme ? 1 : 0),
        text,
        crisisText: crisisTextOf(at),
        score:
          text * (1 + REACHABILITY_SHARE * reachability + (youth[at] ? YOUTH_SHARE : 0)) +
          // With no words (browsing), reachability alone orders the list.
          reachability * 1e-3,
      });
    }
    const byFit = (a: Ranked, b: Ranked) => a.band - b.band || b.score - a.score || nameRank[a.at] - nameRank[b.at];
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
    prepareWords: () => void wordLookup(),
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

/** Whether its age range says it is made for young people (not for everyone, nor only for adults). */
function madeForYoungPeople(provider: CatalogueProvider): boolean {
  const { min, max } = provider.age ?? {};
  return min !== undefined && max !== undefined && min >= 10 && max <= 30;
}

/** How easy it is to reach this help right now, as a small bonus in the ranking. */
function reachabilityOf(provider: CatalogueProvider, open: boolean | undefined, state: SearchState): number {
  let bonus = 0;
  if (open) bonus += 2;
  // A number from a source too old to trust may no longer answer: it earns no bonus.
  if ((provider.phones.length > 0 && !provider.oldFacts?.phone) || provider.chats.length > 0) bonus += 1;
  if (state.municipality && !isNational(provider)) bonus += 1;
  return bonus;
}
