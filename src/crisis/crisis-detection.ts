/**
 * Does a search look like someone in crisis? Two sources, matched the same tolerant way:
 * - the built-in patterns of crisis-patterns.ts: the floor that no data edit can remove;
 * - the phrases from the data (`crisisPhrases`: themes marked crisis, with their youth words and
 *   misspellings), so staff can add words without a developer. A data phrase is a pattern of its own
 *   words: all must appear, in any order, close together.
 *
 * Young people in crisis type fast and badly, so a word counts when it is a typo of a known form
 * (edits scaled to the word's length, swapped letters count as one), has letters repeated ("doooood"),
 * is split ("zelf moord") or joined ("ikwildood"), or is the start or end of a compound
 * ("zelfmoordgedachten"). Recall comes first; the everyday phrasings that would otherwise trigger are
 * handled by the patterns (see crisis-patterns.ts), not by making matching strict.
 *
 * It runs on every render while typing, so everything that can be prepared is prepared once per phrase
 * list (forms by text and by length), the edit distance only fills the diagonal band it needs, and what
 * each typed word matched is cached. Whatever is typed or pasted, the work is bounded: only the first
 * MAX_CHARS characters and MAX_WORDS words are read, compounds are only looked for as long as the longest
 * form, and words longer than MAX_FUZZY_LENGTH are neither split nor forgiven typos.
 */
import {
  CRISIS_CONCEPTS,
  CRISIS_PATTERNS,
  DURATION_WORDS,
  EVERYDAY_PHRASES,
  EXACT_ONLY,
  FILLER_WORDS,
  JOINABLE_FILLERS,
  NOT_TYPOS,
  TIME_WORDS,
  WISH_WORDS,
  type CrisisConcept,
} from './crisis-patterns';
import { normalizeText } from '../shared/normalize-text';

export interface CrisisDetection {
  crisis: boolean;
  /**
   * The typed words (normalized) that are part of the crisis, each with the vocabulary forms it was read
   * as ("zelfmort" → ["zelfmoord"]). The search looks these up strictly instead of fuzzily, so that
   * "kant" in "me van kant maken" does not find "wijkkantoor".
   */
  words: ReadonlyMap<string, readonly string[]>;
}

/** Does this search look like someone in crisis? `crisisPhrases` come from the data and add to the built-in patterns. */
export function looksLikeCrisis(query: string, crisisPhrases: string[]): boolean {
  return detectCrisis(query, crisisPhrases).crisis;
}

/** Like looksLikeCrisis, and also says which typed words made it a crisis. */
export function detectCrisis(query: string, crisisPhrases: string[]): CrisisDetection {
  const text = query.length > MAX_CHARS ? query.slice(0, MAX_CHARS) : query;
  // An empty search box (every page load) needs no vocabulary: prepare it on the first typed letter.
  if (text.trim() === '') return NO_CRISIS;
  return matcherFor(crisisPhrases).detect(text);
}

/**
 * A pasted text is read up to here: a crisis is said in the first words, and a keystroke must stay cheap
 * whatever is pasted (one word of 20,000 letters, the same word 3,000 times).
 */
const MAX_CHARS = 400;
const MAX_WORDS = 40;
/**
 * Words longer than this are only matched exactly or as compounds, not forgiven typos nor split into
 * words typed together (the edit-distance rows have a fixed size, and splitting grows with the length).
 */
const MAX_FUZZY_LENGTH = 40;
/** Typed words remembered with what they matched; typing repeats the same words many times. */
const CACHE_SIZE = 2000;
/** Whole searches remembered with their answer. */
const ANSWER_CACHE_SIZE = 50;
/** A form this long or longer also matches as the start or end of a compound word. */
const MIN_COMPOUND_PART = 6;
/** ... when the rest of the compound has this many letters at least: "levensmoed" is not "levensmoe" + "d". */
const MIN_COMPOUND_REST = 2;
/**
 * A form this long or longer also matches a compound that starts with a typo of it ("zelfmoortgedachten"),
 * and words typed apart with a typo ("zelf moort").
 */
const MIN_FUZZY_COMPOUND_PART = 8;
/** A data phrase of n words may be spread over n + this many words ("ik wil echt dood"). */
const DATA_PHRASE_SLACK = 1;
const DEFAULT_WINDOW = 5;
/** Letters that stand for a word at the start of a word typed together: 'k (ik), j' and m' (French). */
const ELISIONS = new Set(['k', 'j', 'm']);
/** "Ik" and "je" at the start of words typed together ("kzie", "ikwil"). */
const FIRST_PERSON = new Set(['ik', 'k', 'ike', 'ich', 'je', 'j']);

/** Typos forgiven, by the length of a word (after squeezing repeats): none for short words, where one letter makes another word. */
function maxEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * The spelling words are compared in, on both sides. Dutch "ij" as "y", as young people type it ("sny
 * mezelf"), and "ji" too, the usual slip ("snjiden"). Then repeated letters as one: "doooood", "dood"
 * and "dod" are the same word, so neither needs listing and neither costs a typo.
 */
function squeeze(word: string): string {
  return word.replace(/ij|ji/g, 'y').replace(/(.)\1+/g, '$1');
}

/** The same without squeezing repeats: for splitting words typed together, where "willeven" is "wil" + "leven". */
function unsqueezed(word: string): string {
  return word.replace(/ij|ji/g, 'y');
}

interface Form {
  /** Squeezed, as compared. */
  text: string;
  /** Which letters it has (see letterMask). */
  letters: number;
  /** As written in the vocabulary, for the search to look up. */
  original: string;
  concepts: number[];
}

interface Hit {
  concept: number;
  original: string;
  /** Read from a piece of a word typed together with others ("dood" in "ikwildood"). */
  fromPiece: boolean;
}

/** What one typed word (or words joined) expresses, and the pieces it splits into if it was typed together. */
interface WordMatch {
  hits: Hit[];
  pieces?: Form[];
}

interface Item extends Hit {
  /** First and last typed word it covers (a joined "zelf moord" covers two). */
  start: number;
  end: number;
}

interface CompiledPattern {
  concepts: number[];
  window: number;
  alone: boolean;
  /** The concepts must come in this order (data phrases: staff write them as young people type them). */
  ordered?: boolean;
}

interface Matcher {
  detect(query: string): CrisisDetection;
}

const NO_CRISIS: CrisisDetection = { crisis: false, words: new Map() };
const canonical = (word: string) => squeeze(normalizeText(word).replace(/ /g, ''));
const everydayPhrases = EVERYDAY_PHRASES.map((phrase) => normalizeText(phrase).split(' ').map(squeeze));
const wishWords = new Set(WISH_WORDS.map(canonical));
/** Everyday phrases are not skipped when one of this many words before them is a wish. */
const WISH_REACH = 3;
const notTypos = new Set(NOT_TYPOS.map(canonical));
const exactOnly = new Set(EXACT_ONLY.map(canonical));
const fillers = new Set(FILLER_WORDS.map(canonical));
const joinableFillers = new Set(JOINABLE_FILLERS.map(canonical));
const timeWords = new Set(TIME_WORDS.map(canonical));
const durationWords = new Set(DURATION_WORDS.map(canonical));
/** Longer filler words, which are forgiven a typo ("gewoom"): they only make `alone` patterns possible, never a crisis on their own. */
const longFillers = [...fillers].filter((word) => word.length >= 5);
const fillerCache = new Map<string, boolean>();

function isFiller(word: string): boolean {
  let filler = fillerCache.get(word);
  if (filler === undefined) {
    filler =
      fillers.has(word) ||
      (word.length >= 4 &&
        longFillers.some((known) => withinEdits(word, known, Math.min(maxEdits(known.length), maxEdits(word.length + 1)))));
    if (fillerCache.size >= CACHE_SIZE) fillerCache.delete(fillerCache.keys().next().value!);
    fillerCache.set(word, filler);
  }
  return filler;
}

/** One matcher per phrase list (the app passes the same array every render); the built-in one for none. */
const matchers = new WeakMap<string[], Matcher>();
let builtInMatcher: Matcher | undefined;

function matcherFor(crisisPhrases: string[]): Matcher {
  if (crisisPhrases.length === 0) return (builtInMatcher ??= createMatcher([]));
  let matcher = matchers.get(crisisPhrases);
  if (!matcher) {
    matcher = createMatcher(crisisPhrases);
    matchers.set(crisisPhrases, matcher);
  }
  return matcher;
}

function createMatcher(crisisPhrases: string[]): Matcher {
  // --- The lexicon: every form of every concept, built-in and from the data. ---
  const forms = new Map<string, Form>();
  /** The same forms by their unsqueezed spelling, for splitting words typed together. */
  const formsAsTyped = new Map<string, Form>();
  const conceptIds = new Map<string, number>();
  const conceptId = (name: string): number => {
    let id = conceptIds.get(name);
    if (id === undefined) {
      id = conceptIds.size;
      conceptIds.set(name, id);
    }
    return id;
  };
  const addForm = (word: string, concept: number | undefined) => {
    const original = normalizeText(word).replace(/ /g, '');
    if (!original) return;
    const text = squeeze(original);
    const form = forms.get(text) ?? { text, letters: letterMask(text), original, concepts: [] };
    if (concept !== undefined && !form.concepts.includes(concept)) form.concepts.push(concept);
    forms.set(text, form);
    formsAsTyped.set(unsqueezed(original), form);
  };
  for (const [name, words] of Object.entries(CRISIS_CONCEPTS)) for (const word of words) addForm(word, conceptId(name));

  const patterns: CompiledPattern[] = CRISIS_PATTERNS.map((pattern) => ({
    concepts: pattern.concepts.map((name: CrisisConcept) => conceptId(name)),
    window: pattern.window ?? DEFAULT_WINDOW,
    alone: pattern.alone === true,
  }));
  // A data phrase is a pattern of its own words, in the order staff wrote them, with room for one more
  // word ("ik wil echt dood"); a phrase of several words also counts typed as one. A phrase of one word
  // counts only said on its own, like the built-in `alone` patterns: "snijden" is a crisis search,
  // "groenten snijden" is not. The built-in patterns catch the word in a crisis sentence.
  for (const phrase of crisisPhrases) {
    const words = normalizeText(phrase).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const concepts = [...new Set(words.map((word) => conceptId(`data:${squeeze(word)}`)))];
    words.forEach((word) => addForm(word, conceptId(`data:${squeeze(word)}`)));
    patterns.push({ concepts, window: words.length + DATA_PHRASE_SLACK, alone: words.length === 1, ordered: true });
    if (words.length > 1) {
      const joined = conceptId(`data:${squeeze(words.join(''))}`);
      addForm(words.join(''), joined);
      patterns.push({ concepts: [joined], window: 1, alone: false });
    }
  }
  // Filler words help split joined words ("ikwilgewoondood") but mean nothing themselves.
  for (const word of FILLER_WORDS) addForm(word, undefined);

  const withConcepts = [...forms.values()].filter((form) => form.concepts.length > 0);
  /** Forms that forgive typos, by length. */
  const byLength: Form[][] = [];
  for (const form of withConcepts)
    if (maxEdits(form.text.length) > 0 && !exactOnly.has(form.text)) (byLength[form.text.length] ??= []).push(form);
  const compoundParts = new Map(
    withConcepts.filter((form) => form.text.length >= MIN_COMPOUND_PART && !exactOnly.has(form.text)).map((form) => [form.text, form]),
  );
  const longestCompoundPart = Math.max(0, ...[...compoundParts.keys()].map((text) => text.length));
  const fuzzyCompoundParts = withConcepts.filter((form) => form.text.length >= MIN_FUZZY_COMPOUND_PART && !exactOnly.has(form.text));
  const longestTyped = Math.max(...[...formsAsTyped.keys()].map((text) => text.length));

  // --- One word (or words joined): which concepts does it express? ---
  const cache = new Map<string, WordMatch>();
  /** `word` is squeezed; `typed` is the same word as typed (normalized), absent for words the matcher joined. */
  const matchWord = (word: string, typed?: string): WordMatch => {
    const key = typed ?? ` ${word}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const hits = new Map<number, Hit>();
    const add = (form: Form, fromPiece = false) => {
      for (const concept of form.concepts) if (!hits.has(concept)) hits.set(concept, { concept, original: form.original, fromPiece });
    };
    const exact = forms.get(word);
    if (exact) add(exact);
    // An ordinary word (NOT_TYPOS) is itself: not a typo, compound or words typed together.
    if (notTypos.has(word)) return remember(key, { hits: [...hits.values()] });
    // Typos, scaled by the form and by the typed word with one letter dropped allowed for: "lven" is
    // "leven", but "overde" is not "overdose". Words the matcher joined are one error already: one typo
    // more at most ("zelf moort"), and only for long forms (see detectUncached).
    const typedAllows = word.length > MAX_FUZZY_LENGTH ? 0 : Math.min(typed === undefined ? 1 : 2, maxEdits(word.length + 1));
    const letters = letterMask(word);
    for (let length = word.length - typedAllows; typedAllows > 0 && length <= word.length + typedAllows; length++) {
      for (const form of byLength[length] ?? []) {
        const allowed = Math.min(maxEdits(length), typedAllows);
        if (
          form !== exact &&
          allowed >= Math.abs(length - word.length) &&
          lettersWithin(letters, form.letters, allowed) &&
          withinEdits(word, form.text, allowed)
        )
          add(form);
      }
    }
    // Compounds: a form at the start or the end ("zelfmoordgedachten", "tienerzelfmoord"). Only as long
    // as the longest form, so a pasted word of thousands of letters costs no more than a short one.
    for (let length = MIN_COMPOUND_PART; length <= word.length - MIN_COMPOUND_REST && length <= longestCompoundPart; length++) {
      const head = compoundParts.get(word.slice(0, length));
      if (head) add(head);
      const tail = compoundParts.get(word.slice(word.length - length));
      if (tail) add(tail);
    }
    // ... and a typo at the start of a compound ("zelfmoortgedachten"); a compound has 2 letters more at
    // least. Not an ordinary word at the start: "verdwenen spullen" joined is not "verdwijnen".
    if (word.length >= MIN_FUZZY_COMPOUND_PART + 2 && word.length <= MAX_FUZZY_LENGTH) {
      for (const form of fuzzyCompoundParts) {
        const length = form.text.length;
        // The start of the word has its letters, so the form can miss at most one of the word's.
        if (
          word.length > length + 1 &&
          bitCount(form.letters & ~letters) <= 1 &&
          (typoOf(word.slice(0, length), form.text) ||
            typoOf(word.slice(0, length - 1), form.text) ||
            typoOf(word.slice(0, length + 1), form.text))
        )
          add(form);
      }
    }
    // Words typed together: "ikwildood" → ik + wil + dood, "kzie" → k + zie.
    const pieces =
      typed !== undefined && typed.length <= MAX_FUZZY_LENGTH && (hits.size === 0 || typed.length >= 8)
        ? split(unsqueezed(typed))
        : undefined;
    for (const piece of pieces ?? []) add(piece, true);
    return remember(key, { hits: [...hits.values()], pieces });
  };
  const remember = (key: string, result: WordMatch): WordMatch => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
    return result;
  };

  /**
   * Splits a word typed together into known forms, exactly. One-letter pieces only for elisions at the
   * start ("kwil" is "'k wil"). A sentence typed together has a little word in it (JOINABLE_FILLERS: ik,
   * wil, niet…) and a word of a concept of four letters or more ("ikwildood"), or of three after "ik"
   * ("kzie"); a word that falls apart otherwise is an ordinary word or compound: "toen" is not "to" +
   * "en", "mediterend" not "me dit er end", "nachthemel" not "nacht" + "hemel", "doodgraag" not "dood" +
   * "graag".
   */
  const split = (typed: string): Form[] | undefined => {
    if (typed.length < 4) return undefined;
    const reach: (Form[] | undefined)[] = [[]];
    for (let start = 0; start < typed.length; start++) {
      const before = reach[start];
      if (!before) continue;
      const shortest = start === 0 && ELISIONS.has(typed[0]) ? 1 : 2;
      for (let end = start + shortest; end <= Math.min(typed.length, start + longestTyped); end++) {
        if (reach[end]) continue;
        const form = formsAsTyped.get(typed.slice(start, end));
        if (form) reach[end] = [...before, form];
      }
    }
    const pieces = reach[typed.length];
    if (!pieces || pieces.length < 2 || !pieces.some((piece) => joinableFillers.has(piece.text))) return undefined;
    const shortest = FIRST_PERSON.has(pieces[0].text) ? 3 : 4;
    return pieces.some((piece) => piece.concepts.length > 0 && piece.original.length >= shortest) ? pieces : undefined;
  };

  // The app asks again on every render, and the search once per filter group: remember recent answers.
  const answers = new Map<string, CrisisDetection>();
  const detect = (query: string): CrisisDetection => {
    const known = answers.get(query);
    if (known) return known;
    const answer = detectUncached(query);
    if (answers.size >= ANSWER_CACHE_SIZE) answers.delete(answers.keys().next().value!);
    answers.set(query, answer);
    return answer;
  };

  const detectUncached = (query: string): CrisisDetection => {
    const typed = normalizeText(query).split(' ').filter(Boolean).slice(0, MAX_WORDS);
    if (typed.length === 0) return NO_CRISIS;
    const words = typed.map(squeeze);
    const skipped = everydayWords(words);

    const items: Item[] = [];
    // Each word, and two or three neighbours joined ("zelf moord", "aan te doen", "don t"). A join
    // only counts for what its words do not already say alone: "krassen op" is still "krassen".
    const single = words.map((word, at) => (skipped[at] ? { hits: [] } : matchWord(word, typed[at])));
    for (let at = 0; at < words.length; at++) for (const hit of single[at].hits) items.push({ ...hit, start: at, end: at });
    for (let size = 2; size <= 3; size++) {
      for (let start = 0; start + size <= words.length; start++) {
        const end = start + size - 1;
        // Not the words of an everyday phrase, nor an ordinary word (NOT_TYPOS): "wil parachutespringen" is not "springen".
        if (skipped.slice(start, end + 1).some(Boolean) || words.slice(start, end + 1).some((word) => notTypos.has(word))) continue;
        const already = new Set(single.slice(start, end + 1).flatMap((match) => match.hits.map((hit) => hit.concept)));
        const joined = typed.slice(start, end + 1).join('');
        for (const hit of matchWord(squeeze(joined)).hits) {
          if (already.has(hit.concept)) continue;
          // Joining is forgiving one error already: on top of it a typo or squeezed repeats only for
          // long forms ("zelf moort"). "wil een" is not "willen", "voor een" not "toren".
          if (hit.original.length < MIN_FUZZY_COMPOUND_PART && unsqueezed(hit.original) !== unsqueezed(joined)) continue;
          items.push({ ...hit, start, end });
        }
      }
    }
    if (items.length === 0) return NO_CRISIS;
    const byConcept = new Map<number, Item[]>();
    for (const item of items) {
      const list = byConcept.get(item.concept);
      if (list) list.push(item);
      else byConcept.set(item.concept, [item]);
    }

    const found: Item[][] = [];
    /** `alone` patterns whose words are there: they count if every other word is a filler or one of theirs. */
    const aloneFound: Item[][] = [];
    const aloneConcepts = new Set<number>();
    for (const pattern of patterns) {
      const lists: Item[][] = [];
      for (const concept of pattern.concepts) {
        const list = byConcept.get(concept);
        if (!list) break;
        lists.push(list);
      }
      if (
        lists.length < pattern.concepts.length ||
        !(pattern.ordered ? fitsInOrder(lists, pattern.window) : fitsWindow(lists, pattern.window))
      )
        continue;
      if (!pattern.alone) found.push(lists.flat());
      else {
        aloneFound.push(lists.flat());
        for (const concept of pattern.concepts) aloneConcepts.add(concept);
      }
    }
    // "ik ben klaar met alles, ik kan niet meer" is two `alone` patterns, each saying nothing but a crisis.
    if (aloneFound.length > 0) {
      const said = [...found, ...aloneFound].flat();
      const fillerAt = (at: number) => isFiller(words[at]) || (timeWords.has(words[at]) && at > 0 && durationWords.has(words[at - 1]));
      if (words.every((_, at) => fillerAt(at) || saysOnly(said, aloneConcepts, at, single[at].pieces))) found.push(...aloneFound);
    }
    if (found.length === 0) return NO_CRISIS;
    const crisisWords = new Map<string, string[]>();
    for (const item of found.flat()) {
      for (let at = item.start; at <= item.end; at++) {
        const readAs = crisisWords.get(typed[at]) ?? [];
        if (!readAs.includes(item.original)) readAs.push(item.original);
        crisisWords.set(typed[at], readAs);
      }
    }
    return { crisis: true, words: crisisWords };
  };
  return { detect };
}

/**
 * Does the word at `at` say nothing but the patterns found? It does when a word of theirs covers it, or
 * when it was typed together from their words and joinable fillers only: "ikwilnietmeer" does; "doodmoe"
 * (dood + moe) and "doodop" (dood + op: "op" is a filler, but not one that counts inside a word) do not.
 */
function saysOnly(said: Item[], concepts: ReadonlySet<number>, at: number, pieces: Form[] | undefined): boolean {
  if (said.some((item) => !item.fromPiece && item.start <= at && at <= item.end)) return true;
  return (
    pieces !== undefined &&
    pieces.every((piece) => joinableFillers.has(piece.text) || piece.concepts.some((concept) => concepts.has(concept)))
  );
}

/**
 * Marks the words of everyday phrases ("dood van", "is dood"): they are not read as crisis words. Not
 * right after a wish: "was ik maar dood gegaan", "ik hoop dat ik dood gaat".
 */
function everydayWords(words: string[]): boolean[] {
  const skipped = words.map(() => false);
  for (const phrase of everydayPhrases) {
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (!phrase.every((word, offset) => words[start + offset] === word)) continue;
      if (words.slice(Math.max(0, start - WISH_REACH), start).some((word) => wishWords.has(word))) continue;
      phrase.forEach((_, offset) => (skipped[start + offset] = true));
    }
  }
  return skipped;
}

/** Is there one item of each list, all within `window` consecutive words? */
function fitsWindow(lists: Item[][], window: number): boolean {
  for (const list of lists) {
    for (const first of list) {
      const last = first.start + window - 1;
      if (lists.every((other) => other.some((item) => item.start >= first.start && item.end <= last))) return true;
    }
  }
  return false;
}

/** Is there one item of each list, in the lists' order and not overlapping, all within `window` consecutive words? */
function fitsInOrder(lists: Item[][], window: number): boolean {
  for (const first of lists[0]) {
    let previous = first;
    for (let k = 1; k < lists.length && previous; k++) {
      // The earliest item after the previous one leaves the most room for the rest.
      previous = lists[k].filter((item) => item.start > previous!.end).sort((a, b) => a.end - b.end)[0];
    }
    if (previous && previous.end <= first.start + window - 1) return true;
  }
  return false;
}

/** Is `start` (the start of a compound) one typo from `form`, and not an ordinary word of its own (NOT_TYPOS)? */
function typoOf(start: string, form: string): boolean {
  return !notTypos.has(start) && withinEdits(start, form, 1);
}

/** The letters a word has, one bit each (a–z; digits share one bit). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    mask |= 1 << (letter >= 0 && letter < 26 ? letter : 26);
  }
  return mask;
}

/**
 * A quick test before the edit distance: one edit brings in at most one letter and takes away at most
 * one, so words more letters apart than that cannot be within `max` edits. It rules out most forms.
 */
function lettersWithin(a: number, b: number, max: number): boolean {
  return bitCount(a & ~b) <= max && bitCount(b & ~a) <= max;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

// Three rows of the edit-distance table, reused between calls: no allocation per comparison.
const rows = [new Int32Array(MAX_FUZZY_LENGTH + 4), new Int32Array(MAX_FUZZY_LENGTH + 4), new Int32Array(MAX_FUZZY_LENGTH + 4)];

/**
 * Are a and b at most `max` edits apart? Edits are inserting, deleting or changing a letter, or swapping
 * two neighbours ("zelfmoodr"): optimal string alignment distance. Only the diagonal band of width
 * 2·max + 1 can stay within max, so only that band is filled, and it stops as soon as a row exceeds max.
 */
function withinEdits(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (a === b) return true;
  if (max === 0 || n > MAX_FUZZY_LENGTH + 2 || m > MAX_FUZZY_LENGTH + 2) return false;
  const outside = max + 1;
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= Math.min(m, max + 1); j++) previous[j] = j <= max ? j : outside;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[from - 1] = from === 1 ? (i <= max ? i : outside) : outside;
    if (to < m) current[to + 1] = outside;
    let rowMin = current[from - 1];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, beforePrevious[j - 2] + 1);
      current[j] = Math.min(value, outside);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[m] <= max;
}
