import { describe, expect, it } from 'vitest';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import { EMPTY_SEARCH, type SearchState } from '../routing/urls';
import { looksLikeCrisis } from './crisis-detection';
import { createSearcher } from './search-providers';

const { catalogue, searchIndex } = builtCatalogue();
const searcher = createSearcher(catalogue, searchIndex);
/** Wednesday 25 November 2026, 20:00 in Brussels. */
const EVENING = new Date('2026-11-25T19:00:00Z');
const ids = (state: Partial<SearchState>, now = EVENING) => searcher.search({ ...EMPTY_SEARCH, ...state }, now).map((r) => r.provider.id);

describe('search on the real catalogue', () => {
  it('finds all bullying help for "ik word gepest", and puts it first', () => {
    const found = ids({ query: 'ik word gepest' });
    const bullyingHelp = catalogue.providers.filter((p) => p.themes.includes('pesten')).map((p) => p.id);
    expect(bullyingHelp.length).toBeGreaterThanOrEqual(3);
    expect(new Set(found.slice(0, bullyingHelp.length))).toEqual(new Set(bullyingHelp));
  });

  it('tolerates typos and missing accents', () => {
    const typo = ids({ query: 'gepesst' });
    const right = ids({ query: 'gepest' });
    expect(new Set(typo)).toEqual(new Set(right));
    expect(typo.slice(0, 3)).toEqual(right.slice(0, 3));
    expect(ids({ query: 'zelfmoort' })).toContain('zelfmoordlijn-1813');
    expect(ids({ query: 'suicide' })).toContain('zelfmoordlijn-1813');
  });

  it('understands youth words from the vocabulary: "psycholoog" finds psychologists', () => {
    const found = ids({ query: 'psycholoog' });
    expect(found).toContain('tejo-hasselt');
    expect(found).toContain('ggz-limburg-eerstelijnspsycholoog');
  });

  it('finds parts of compound words: "stoornis" finds eating-disorder help', () => {
    expect(ids({ query: 'stoornis' })).toContain('eetexpert');
  });

  it('keeps only help that serves the chosen municipality, national lines included', () => {
    const found = ids({ municipality: 'herk-de-stad' });
    expect(found).toContain('ocmw-herk-de-stad');
    expect(found).toContain('awel');
    expect(found).not.toContain('gemeente-zonhoven');
  });

  it('combines groups with AND and values within a group with OR', () => {
    const pesten = new Set(ids({ themes: ['pesten'] }));
    const drugs = new Set(ids({ themes: ['alcohol-drugs'] }));
    expect(pesten.size).toBeGreaterThan(0);
    expect(drugs.size).toBeGreaterThan(0);
    const either = new Set(ids({ themes: ['pesten', 'alcohol-drugs'] }));
    expect(either).toEqual(new Set([...pesten, ...drugs]));
    expect(either.size).toBeGreaterThan(Math.max(pesten.size, drugs.size));
    const freeAndAnonymous = ids({ free: true, anonymous: true });
    for (const id of freeAndAnonymous) {
      const provider = catalogue.providers.find((p) => p.id === id)!;
      expect(provider.free && provider.anonymous).toBe(true);
    }
    expect(freeAndAnonymous.length).toBeLessThan(ids({ free: true }).length);
  });

  it('filters on age, referral, parents and ways of contact', () => {
    expect(ids({ age: 22 })).not.toContain('tejo-hasselt'); // 10–20
    expect(ids({ age: 14 })).toContain('tejo-hasselt');
    expect(ids({ noReferral: true })).not.toContain('cgg-kohesi');
    expect(ids({ withoutParents: true })).toContain('tejo-hasselt');
    const chatOrMail = ids({ contact: ['chat', 'email'] });
    expect(chatOrMail).toContain('clbchat');
    expect(chatOrMail).toContain('tejo-hasselt');
    expect(chatOrMail).not.toContain('noodnummer-112');
  });

  it('keeps only what is open now, in Belgian time', () => {
    const evening = ids({ openNow: true });
    expect(evening).toContain('zelfmoordlijn-1813');
    expect(evening).toContain('clbchat'); // Wednesday 14:00–21:00
    expect(evening).not.toContain('gemeente-zonhoven');
    const wednesdayMorning = ids({ openNow: true }, new Date('2026-11-25T10:00:00Z')); // 11:00 in Brussels
    expect(wednesdayMorning).toContain('gemeente-zonhoven');
    expect(wednesdayMorning).not.toContain('clbchat');
  });

  it('ignores a municipality or theme it does not know, instead of hiding help', () => {
    const all = ids({});
    expect(ids({ municipality: 'genk' })).toEqual(all);
    expect(ids({ themes: ['bestaat-niet'] })).toEqual(all);
    expect(searcher.withoutEachFilter({ ...EMPTY_SEARCH, municipality: 'genk' }, EVENING)).toEqual([]);
  });

  it('says which filter emptied the list', () => {
    const state = { ...EMPTY_SEARCH, themes: ['rouw'], municipality: 'alken', openNow: true };
    expect(searcher.search(state, EVENING)).toHaveLength(0);
    const without = searcher.withoutEachFilter(state, EVENING);
    expect(without.map((w) => w.group)).toEqual(['themes', 'municipality', 'openNow']);
    expect(without.find((w) => w.group === 'themes')!.count).toBeGreaterThan(0);
  });

  it('ranks help that is open now before help that is closed, for the same words', () => {
    const results = searcher.search({ ...EMPTY_SEARCH, query: 'zelfmoord' }, EVENING);
    expect(results[0].provider.id).toBe('zelfmoordlijn-1813');
    expect(results[0].open).toBe(true);
  });
});

describe('crisis detection', () => {
  it.each([
    'zelfmoord',
    'Ik wil dood',
    'ik wil niet meer leven',
    'snijden',
    'Zelfmoordgedachten',
    'zelfmord',
    'SUÏCIDE',
    'ik wil sterven',
    'ik wil doodgaan',
    'ik snij mezelf',
    'ik snij me soms',
    'ik wil mijn leven beëindigen',
    'I want to die',
  ])('sees a crisis in "%s"', (query) => {
    expect(looksLikeCrisis(query, catalogue.crisisPhrases)).toBe(true);
  });

  it.each(['ik word gepest', 'depri', 'thuis ruzie', 'dood vermoeid van school', 'snoep'])('sees no crisis in "%s"', (query) => {
    expect(looksLikeCrisis(query, catalogue.crisisPhrases)).toBe(false);
  });
});
