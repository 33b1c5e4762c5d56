import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator';
import type { Translation } from './nl';

/** A few texts shaped like nl.ts; the translator only walks the object. */
const texts = {
  search: { results_one: '{{count}} plek', results_other: '{{count}} plekken', title: 'Zoek' },
  result: { call: 'Bel {{number}}' },
  days: { long: ['maandag', 'dinsdag'] },
} as unknown as Translation;
const tOf = (lang: 'nl' | 'fr') => createTranslator(lang, texts).t as unknown as (key: string, values?: any) => unknown;

describe('the translator (the part of i18next the app uses)', () => {
  it('looks up dotted keys and fills in placeholders', () => {
    expect(tOf('nl')('search.title')).toBe('Zoek');
    expect(tOf('nl')('result.call', { number: '1813' })).toBe('Bel 1813');
  });

  it('picks the plural form by the language’s rules: 0 is plural in Dutch, singular in French', () => {
    expect(tOf('nl')('search.results', { count: 1 })).toBe('1 plek');
    expect(tOf('nl')('search.results', { count: 0 })).toBe('0 plekken');
    expect(tOf('fr')('search.results', { count: 0 })).toBe('0 plek');
    expect(tOf('fr')('search.results', { count: 2 })).toBe('2 plekken');
  });

  it('returns a list with returnObjects, and a key it does not know as itself', () => {
    expect(tOf('nl')('days.long', { returnObjects: true })).toEqual(['maandag', 'dinsdag']);
    expect(tOf('nl')('search.nothing')).toBe('search.nothing');
  });
});
