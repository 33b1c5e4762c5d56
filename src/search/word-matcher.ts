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
 *   "hoop").
 *
 * Never a match in the middle of an unrelated word: "kant" is not "wijkkantoor", "die" not "diepenbeek".
 */
import Fuse from 'fuse.js';

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

export class WordMatcher {
  private readonly words: ReadonlySet<string>;
  private readonly sorted: string[];
  /** Each word reversed, sorted: the compounds ending with a typed word sit together. */
  private readonly reversed: string[];
  private readonly byStem = new Map<string, string[]>();
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, WordMatch[]>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.sorted = [...this.words].sort();
    this.reversed = this.sorted.map(reverse).sort();
    for (const word of this.sorted) {
      const forms = this.byStem.get(stem(word)) ?? [];
      forms.push(word);
      this.byStem.set(stem(word), forms);
    }
    this.fuse = new Fuse(this.sorted, {
      includeScore: true,
      // Anchored at the start of the word: one letter off the start costs 1/8, a match four letters in is out.
      location: 0,
      distance: 8,
      threshold: 0.3,
      // Short dictionary words of different lengths: a length penalty would only add noise.
      ignoreFieldNorm: true,
    });
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
      const allowed = typed.length >= 8 ? 2 : 1;
      for (const { item, score = 1 } of this.fuse.search(typed)) {
        // fuse's score is the share of wrong letters plus the distance from the start; the word's own
        // length bounds the wrong letters so that a long word does not match a short one inside it.
        if (score * typed.length <= allowed + 0.01 && Math.abs(item.length - typed.length) <= allowed) add(item, MATCH_QUALITY.typo);
      }
    }
    const matches = [...best].map(([word, quality]) => ({ word, quality }));
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(typed, matches);
    return matches;
  }
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
  return [...word].reverse().join('');
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
