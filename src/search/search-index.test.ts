import { describe, expect, it } from 'vitest';
import { compileSearchIndex, FIELD_BIT, forEachPosting } from './search-index';

const source = {
  themes: [{ id: 'pesten', words: 'pesten | ik word gepest' }],
  entries: [
    {
      id: 'fictief-a',
      name: 'fictief praatpunt testdata',
      keywords: 'praten | mama is ziek',
      summary: 'praten over thuis',
      places: 'hasselt 3500',
    },
    { id: 'fictief-b', name: 'fictieve chat testdata', keywords: '', summary: 'chat over pesten', places: '' },
    { id: 'fictief-c', name: 'fictief praatpunt testdata', keywords: 'ziek', summary: '', places: 'hasselt' },
  ],
};

/** Names that sort as the ids do. */
const byId = (id: string) => id;

/** A word's postings read back: each provider's id with the fields it has the word in. */
function postingsOf(word: string) {
  const index = compileSearchIndex(source, byId);
  const found: [string, number][] = [];
  forEachPosting(index.postings[index.words.indexOf(word)], (provider, bits) => found.push([index.providers[provider], bits]));
  return found;
}

describe('the compiled search index', () => {
  it('reads back providers far apart (distances in more than one digit)', () => {
    const many = {
      themes: [],
      entries: Array.from({ length: 300 }, (_, at) => ({
        id: `fictief-${String(at).padStart(3, '0')}`,
        name: at % 97 === 0 ? 'zeldzaam' : 'gewoon',
        keywords: '',
        summary: '',
        places: '',
      })),
    };
    const index = compileSearchIndex(many, byId);
    const found: number[] = [];
    forEachPosting(index.postings[index.words.indexOf('zeldzaam')], (provider) => found.push(provider));
    expect(found).toEqual([0, 97, 194, 291]);
    let count = 0;
    forEachPosting(index.postings[index.words.indexOf('gewoon')], () => count++);
    expect(count).toBe(296);
  });

  it('lists providers in the Dutch order of their names, which orders results that score the same', () => {
    const names: Record<string, string> = { 'fictief-a': 'Zorgpunt', 'fictief-b': 'Écoute', 'fictief-c': 'anker' };
    expect(compileSearchIndex(source, (id) => names[id]).providers).toEqual(['fictief-c', 'fictief-b', 'fictief-a']);
  });

  it('lists each word once, sorted, without one-letter words', () => {
    const { words } = compileSearchIndex(source, byId);
    expect(words).toEqual([...new Set(words)].sort());
    expect(words).toContain('praatpunt');
    expect(words.every((word) => word.length >= 2)).toBe(true);
  });

  it('keeps per word the providers that have it, in order, and all the fields they have it in', () => {
    expect(postingsOf('praten')).toEqual([['fictief-a', FIELD_BIT.keywords | FIELD_BIT.summary]]);
    expect(postingsOf('testdata')).toEqual([
      ['fictief-a', FIELD_BIT.name],
      ['fictief-b', FIELD_BIT.name],
      ['fictief-c', FIELD_BIT.name],
    ]);
    // A word of a longer keyword phrase is marked apart: it counts less than a keyword of its own.
    expect(postingsOf('ziek')).toEqual([
      ['fictief-a', FIELD_BIT.keywordPhrase],
      ['fictief-c', FIELD_BIT.keywords],
    ]);
    expect(postingsOf('hasselt')).toEqual([
      ['fictief-a', FIELD_BIT.places],
      ['fictief-c', FIELD_BIT.places],
    ]);
  });

  it("keeps providers' phrases of several words, and theme words as they are", () => {
    const index = compileSearchIndex(source, byId);
    expect(index.phrases).toEqual([['mama is ziek', [0]]]);
    expect(index.themes).toEqual(source.themes);
  });
});
