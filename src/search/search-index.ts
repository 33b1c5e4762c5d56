/**
 * The search index in the form the browser reads without building anything: which provider has which
 * word, and where (its name, a keyword, a part of a keyword phrase, its summary, its places). The build
 * (scripts/lib/build-catalogue.ts) compiles it from each provider's normalized texts, so a phone does not
 * split and count the words of thousands of providers on every visit; search-providers.ts decides what
 * each place is worth.
 *
 * Postings are kept small in search-index.json (gzip reads repeated letters well, numbers less so): per
 * word one string, with per provider that has it, in provider order, one letter for the fields it has
 * the word in (FIELD_LETTERS) and, unless it is the next provider, its distance from the previous one in
 * hexadecimal digits.
 */
import type { CompiledSearchIndex, SearchIndex, SearchIndexSource } from '../catalogue/catalogue-types';

/** Where in a provider's own texts a word was found, as bits. */
export const FIELD_BIT = { name: 1, keywords: 2, keywordPhrase: 4, summary: 8, places: 16 } as const;
/** The fields as bits take this many values. */
export const FIELD_VALUES = 32;
/** The letter of each value of the field bits: no hexadecimal digit, nothing JSON escapes. */
const FIELD_LETTERS = 'GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz'.slice(0, FIELD_VALUES);
const FIELDS_OF_LETTER = new Int8Array(128).fill(-1);
for (let bits = 0; bits < FIELD_VALUES; bits++) FIELDS_OF_LETTER[FIELD_LETTERS.charCodeAt(bits)] = bits;

/** One word's postings as written: see the header. */
function encodePostings(postings: [provider: number, bits: number][]): string {
  let previous = -1;
  let encoded = '';
  for (const [provider, bits] of postings) {
    encoded += FIELD_LETTERS[bits] + (provider - previous === 1 ? '' : (provider - previous).toString(16));
    previous = provider;
  }
  return encoded;
}

/** Calls `visit` with each provider (its place in the index's list) that has the word, and the fields as bits. */
export function forEachPosting(encoded: string, visit: (provider: number, bits: number) => void): void {
  let provider = -1;
  let at = 0;
  while (at < encoded.length) {
    const bits = FIELDS_OF_LETTER[encoded.charCodeAt(at++)];
    let distance = 0;
    for (let digit = hexValue(encoded.charCodeAt(at)); digit >= 0; digit = hexValue(encoded.charCodeAt(++at)))
      distance = distance * 16 + digit;
    provider += distance || 1;
    visit(provider, bits);
  }
}

/** The value of a lower-case hexadecimal digit's character code, or -1 (also past the end: NaN). */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** The phrases of more than one word in an index field (phrases are joined with " | "). */
export function phrasesOf(field: string): string[] {
  return field.split(' | ').filter((phrase) => phrase.includes(' '));
}

/**
 * Compiles providers' texts into postings; theme words are kept as they are (a vocabulary that does not
 * grow with the catalogue). Providers are listed in the order of their names (`nameOf`, Dutch
 * alphabetical order): the search orders results that score the same by their place in this list, the
 * same on the build's server and on every phone, without sorting thousands of names when it starts.
 */
export function compileSearchIndex(source: SearchIndexSource, nameOf: (id: string) => string | undefined): CompiledSearchIndex {
  const collator = new Intl.Collator('nl');
  const entries = source.entries
    .map((entry) => ({ entry, name: nameOf(entry.id) ?? entry.name }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))
    .map(({ entry }) => entry);
  const fieldsOfWord = new Map<string, Map<number, number>>();
  const note = (word: string, provider: number, bit: number) => {
    if (word.length < 2) return;
    const providers = fieldsOfWord.get(word) ?? new Map<number, number>();
    providers.set(provider, (providers.get(provider) ?? 0) | bit);
    fieldsOfWord.set(word, providers);
  };
  const providersOfPhrase = new Map<string, number[]>();
  entries.forEach((entry, provider) => {
    for (const word of entry.name.split(' ')) note(word, provider, FIELD_BIT.name);
    for (const phrase of entry.keywords.split(' | ')) {
      const words = phrase.split(' ');
      for (const word of words) note(word, provider, words.length > 1 ? FIELD_BIT.keywordPhrase : FIELD_BIT.keywords);
    }
    for (const word of entry.summary.split(' ')) note(word, provider, FIELD_BIT.summary);
    for (const word of entry.places.split(' ')) note(word, provider, FIELD_BIT.places);
    for (const phrase of phrasesOf(entry.keywords)) providersOfPhrase.set(phrase, [...(providersOfPhrase.get(phrase) ?? []), provider]);
  });
  const words = [...fieldsOfWord.keys()].sort();
  const postings = words.map((word) => encodePostings([...fieldsOfWord.get(word)!].sort(([a], [b]) => a - b)));
  const phrases = [...providersOfPhrase].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { themes: source.themes, providers: entries.map((entry) => entry.id), words, postings, phrases };
}

/** The compiled index, compiling a source index first (tests write those by hand) with the names of `providers`. */
export function compiled(index: SearchIndex, providers: readonly { id: string; name: string }[]): CompiledSearchIndex {
  if ('postings' in index) return index;
  const names = new Map(providers.map((provider) => [provider.id, provider.name]));
  return compileSearchIndex(index, (id) => names.get(id));
}
