import { describe, expect, it } from 'vitest';
import { MATCH_QUALITY, stem, WordMatcher } from './word-matcher';
import { loadTypoMatching } from './typo-matching';

// The app loads the typo matcher lazily; these tests search with it, as the app does once it is loaded.
await loadTypoMatching();

const matcher = new WordMatcher([
  'verslaving',
  'eenzaam',
  'wijkkantoor',
  'pesten',
  'gepest',
  'cyberpesten',
  'chat',
  'drinken',
  'eetstoornis',
  'psycholoog',
  'hoop',
  'zelfmoordgedachten',
  'diepenbeek',
]);
const found = (typed: string) => Object.fromEntries(matcher.match(typed).map(({ word, quality }) => [word, quality]));

describe('which index words a typed word stands for', () => {
  it('the word itself counts fully', () => {
    expect(found('pesten').pesten).toBe(1);
  });

  it('other forms of the same word: "gepest" and "pesten", "chatten" and "chat", "drinkt" and "drinken"', () => {
    expect(found('gepest').pesten).toBe(MATCH_QUALITY.sameStem);
    expect(found('chatten').chat).toBe(MATCH_QUALITY.sameStem);
    expect(found('drinkt').drinken).toBe(MATCH_QUALITY.sameStem);
  });

  it('a word being typed, from 3 letters: "psy" is psycholoog', () => {
    expect(found('psy').psycholoog).toBe(MATCH_QUALITY.startOfWord);
    expect(found('ps')).toEqual({});
  });

  it('the end of a compound, from 5 letters: "stoornis" in "eetstoornis"', () => {
    expect(found('stoornis').eetstoornis).toBe(MATCH_QUALITY.endOfCompound);
    expect(found('pesten').cyberpesten).toBe(MATCH_QUALITY.endOfCompound);
  });

  it('a known word of 6 letters or more at the start or end of a typed compound, not a shorter one', () => {
    expect(found('gokverslaving').verslaving).toBe(MATCH_QUALITY.partOfCompound);
    expect(found('eenzaamhijd').eenzaam).toBe(MATCH_QUALITY.partOfCompound);
    expect(found('wijkkantoren')).not.toHaveProperty('kant');
    expect(new WordMatcher(['trans']).match('transport')).toEqual([]);
  });

  it('typos from 5 letters, one wrong letter up to 7 and two from 8', () => {
    expect(found('pesren').pesten).toBe(MATCH_QUALITY.typo);
    expect(found('psygoloog').psycholoog).toBe(MATCH_QUALITY.typo);
    expect(found('zelfmoortgedachten').zelfmoordgedachten).toBe(MATCH_QUALITY.typo);
    expect(found('pxsxen')).not.toHaveProperty('pesten');
    expect(found('zelfmoortgedagten')).not.toHaveProperty('zelfmoordgedachten');
  });

  it('never a word in the middle of another, nor a short word with a letter changed', () => {
    expect(found('kant')).toEqual({});
    expect(found('die')).not.toHaveProperty('diepenbeek', MATCH_QUALITY.typo);
    expect(found('homo')).toEqual({});
    expect(found('toornis')).not.toHaveProperty('eetstoornis', MATCH_QUALITY.typo);
  });
});

describe('stem', () => {
  it.each([
    ['pesten', 'pest'],
    ['gepest', 'pest'],
    ['chatten', 'chat'],
    ['schulden', 'schul'],
    ['schuld', 'schul'],
    ['scheiding', 'schei'],
    ['gescheiden', 'schei'],
    ['verkrachting', 'verkrach'],
    ['verkracht', 'verkrach'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keeps the "ge" of words that are not past participles', () => {
    expect(stem('gelukkig')).toBe('gelukkig');
  });

  it('leaves short words alone', () => {
    expect(stem('pest')).toBe('pest');
    expect(stem('eet')).toBe('eet');
  });
});
