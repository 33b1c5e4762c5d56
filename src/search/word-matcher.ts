/**
 * Which words of the index a typed word stands for, and how sure we are. A young person types fast, with
 * typos, in any form of a word ("gepest", "pesten", "chatten", "drinkt"), and often stops halfway
 * ("psycho"). What counts, from surest to least sure:
 *
 * - the word itself;
 * - another form of the same word: the same stem (see `stem`);
 * - a word that starts with it, from 3 letters on: the word being typed;
 * - a compound that ends with it, from 5 letters on ("stoornis" in "eetstoornis");
 * - a known word of 6 letters or more that a typed compound starts or ends with ("gokverslaving",
 *   "eenzaamhijd");
 * - a typo, from 5 letters on: fuse.js matched at the start of the word, with at most one wrong letter
 *   up to 7 letters and two from 8 (a 4-letter word with one letter changed is another word: "homo",
 *   "hoop"); only once fuse.js is loaded (typo-matching.ts).
 *
 * Never a match in the middle of an unrelated word: "kant" is not "wijkkantoor", "die" not "diepenbeek".
 */
import type Fuse from 'fuse.js';
import { typoMatcher, typoMatchingGeneration } from './typo-matching';

export interface WordMatch {
  /** The index word. */
  word: string;
  /** 1 for the word itself, less for a looser match. */
  quality: number;
}

/** How much each kind of match counts (the word itself is 1). */
export const MATCH_QUALITY = { sameStem: 0.9, startOfWord: 0.75, endOfCompound: 0.7, partOfCompound: 0.65, typo: 0.6 } as const;

/** Shortest typed word that also finds the index words starting with it. */
const MIN_PREFIX = 3;
/** Shortest known word found at the start or end of a typed compound: "trans" would find "transport". */
const MIN_COMPOUND_PART = 6;
/** Shortest typed word that also finds compounds ending with it, and typos. */
const MIN_COMPOUND_OR_TYPO = 5;
/** Typed words remembered with their matches: typing repeats the same words many times. */
const CACHE_SIZE = 300;
/** fuse.js reads patterns longer than this in pieces; the letter filter below is only proven for one piece. */
const MAX_FILTERED_TYPO = 32;

/** How fuse.js is asked for typos: anchored at the start of the word. */
const TYPO_OPTIONS = {
  includeScore: true,
  // One letter off the start costs 1/8, a match four letters in is out.
  location: 0,
  distance: 8,
  threshold: 0.3,
  // Short dictionary words of different lengths: a length penalty would only add noise.
  ignoreFieldNorm: true,
} as const;

export class WordMatcher {
  private readonly words: ReadonlySet<string>;
  private readonly sorted: string[];
  /** Each word reversed, sorted: the compounds ending with a typed word sit together. */
  private readonly reversed: string[];
  private readonly byStem = new Map<string, string[]>();
  /** Per word of `sorted`: its letters as bits (see letterBits), to rule words out before fuse.js reads them. */
  private readonly letters: Uint32Array;
  private readonly cache = new Map<string, WordMatch[]>();
  private cacheGeneration = typoMatchingGeneration();

  /** `remember: false` looks every word up afresh (benchmarks measure what a new word costs). */
  constructor(
    words: Iterable<string>,
    private readonly remember = true,
  ) {
    this.words = new Set(words);
    this.sorted = [...this.words].sort();
    this.reversed = this.sorted.map(reverse).sort();
    this.letters = Uint32Array.from(this.sorted, letterBits);
    for (const word of this.sorted) {
      const wordStem = stem(word);
      const forms = this.byStem.get(wordStem);
      if (forms) forms.push(word);
      else this.byStem.set(wordStem, [word]);
    }
  }

  /** Whether `word` is an index word. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The index words that start with `start` (the strict lookups of crisis words use this too). */
  startingWith(start: string): string[] {
    return startingWith(this.sorted, start);
  }

  /** The index words `typed` (normalized, one word) stands for, each once with its best quality. */
  match(typed: string): WordMatch[] {
    // Matches remembered before the typo matcher arrived lack its typos.
    if (this.cacheGeneration !== typoMatchingGeneration()) {
      this.cache.clear();
      this.cacheGeneration = typoMatchingGeneration();
    }
    const cached = this.cache.get(typed);
    if (cached) return cached;
    const best = new Map<string, number>();
    const add = (word: string, quality: number) => {
      if (quality > (best.get(word) ?? 0)) best.set(word, quality);
    };
    if (this.words.has(typed)) add(typed, 1);
    for (const word of this.byStem.get(stem(typed)) ?? []) add(word, MATCH_QUALITY.sameStem);
    if (typed.length >= MIN_PREFIX) {
      for (const word of startingWith(this.sorted, typed)) add(word, MATCH_QUALITY.startOfWord);
    }
    if (typed.length >= MIN_COMPOUND_OR_TYPO) {
      for (const word of startingWith(this.reversed, reverse(typed))) add(reverse(word), MATCH_QUALITY.endOfCompound);
      // A typed compound made of a known word and more: "gok" + "verslaving", "eenzaam" + a typo.
      for (let length = MIN_COMPOUND_PART; length < typed.length; length++) {
        const start = typed.slice(0, length);
        const end = typed.slice(typed.length - length);
        if (this.words.has(start)) add(start, MATCH_QUALITY.partOfCompound);
        if (this.words.has(end)) add(end, MATCH_QUALITY.partOfCompound);
      }
      const fuse = typoMatcher();
      if (fuse) for (const word of this.typos(fuse, typed)) add(word, MATCH_QUALITY.typo);
    }
    const matches = [...best].map(([word, quality]) => ({ word, quality }));
    if (this.remember) {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(typed, matches);
    }
    return matches;
  }

  /**
   * The index words `typed` is a typo of: fuse.js matched at the start of the word, with at most one
   * wrong letter up to 7 letters and two from 8. fuse.js reads only the words that can pass: of about the
   * same length, and missing at most that many of the typed word's letters (each letter the word lacks
   * costs fuse.js an edit). Its score of a word does not depend on the other words, so this finds what
   * a scan of every word would, without reading thousands of them.
   */
  private typos(fuse: typeof Fuse, typed: string): string[] {
    const allowed = typed.length >= 8 ? 2 : 1;
    const typedLetters = letterBits(typed);
    const filter = typed.length <= MAX_FILTERED_TYPO;
    const candidates: string[] = [];
    for (let at = 0; at < this.sorted.length; at++) {
      const word = this.sorted[at];
      if (Math.abs(word.length - typed.length) > allowed) continue;
      if (filter && bitCount(typedLetters & ~this.letters[at]) > allowed) continue;
      candidates.push(word);
    }
    if (candidates.length === 0) return [];
    const found: string[] = [];
    for (const { item, score = 1 } of new fuse(candidates, TYPO_OPTIONS).search(typed)) {
      // fuse's score is the share of wrong letters plus the distance from the start; the word's own
      // length bounds the wrong letters so that a long word does not match a short one inside it.
      if (score * typed.length <= allowed + 0.01) found.push(item);
    }
    return found;
  }
}

/**
 * The letters of a word as bits of a number, one bit per letter (others share bits: that only lets more
 * words through the filter, never fewer).
 */
function letterBits(word: string): number {
  let bits = 0;
  for (let at = 0; at < word.length; at++) bits |= 1 << (word.charCodeAt(at) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Dutch word endings stripped by `stem`, longest first. */
const ENDINGS = ['ingen', 'ing', 'tjes', 'tje', 'jes', 'en', 'es', 'je', 'e', 's', 't', 'd'];

/**
 * A rough Dutch stem, enough to bring forms of a word together: "pesten", "gepest" and "pest" → "pest";
 * "chatten" and "chat" → "chat"; "drinkt", "drinken" → "drink"; "schulden", "schuld" → "schul". It may also bring
 * a few unrelated words together; a stem match counts a little less than the word itself.
 */
export function stem(word: string): string {
  let result = word;
  // The "ge-" of a past participle ("gepest", "geslagen"), when enough is left to be a word; not of
  // "gelukkig" or "gezin".
  if (result.startsWith('ge') && result.length >= 6 && /(t|d|en)$/.test(result)) result = result.slice(2);
  // Two rounds, so that forms built on each other meet: "verkrachting" → "verkracht" → "verkrach", as
  // "verkracht" → "verkrach". The stem need not be a word, only the same for the forms.
  for (let round = 0; round < 2; round++) {
    const ending = ENDINGS.find((end) => result.endsWith(end) && result.length - end.length >= 4);
    if (ending) result = result.slice(0, -ending.length);
  }
  // A doubled last letter after stripping ("chatt", "pakk") is single in the stem.
  if (result.length >= 4 && result.at(-1) === result.at(-2)) result = result.slice(0, -1);
  return result;
}

function reverse(word: string): string {
  // Index words are normalized to a-z and 0-9 (normalizeText): one UTF-16 unit per letter.
  let reversed = '';
  for (let at = word.length - 1; at >= 0; at--) reversed += word[at];
  return reversed;
}

/** The words of a sorted list that start with `start`: they sit together, from its first place on. */
function startingWith(sorted: string[], start: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < start) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let at = low; at < sorted.length && sorted[at].startsWith(start); at++) found.push(sorted[at]);
  return found;
}
