import { describe, expect, it } from 'vitest';
import { readPhraseList } from '../../tests/crisis/phrase-lists';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import type { Catalogue, CatalogueProvider, SearchIndex } from '../catalogue/catalogue-types';
import { EMPTY_SEARCH, SEARCH_FILTERS, type SearchState } from './search-filters';
import { normalizeText } from '../shared/normalize-text';
import { createSearcher } from './search-providers';
import { laneId } from '../../tests/helpers/lane-id';
import { loadTypoMatching } from './typo-matching';

// The app loads the typo matcher lazily; these tests search with it, as the app does once it is loaded.
await loadTypoMatching();

const { catalogue, searchIndex } = builtCatalogue();
const searcher = createSearcher(catalogue, searchIndex);
/** Wednesday 25 November 2026, 20:00 in Brussels. */
const EVENING = new Date('2026-11-25T19:00:00Z');
const ids = (state: Partial<SearchState>, now = EVENING) => searcher.search({ ...EMPTY_SEARCH, ...state }, now).map((r) => r.provider.id);

describe('search on the fictional catalogue (tests/fixtures/catalogue)', () => {
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
    // A typo matches less surely than the word, so near-ties may change places, not more.
    expect(right.slice(0, 5)).toEqual(expect.arrayContaining(typo.slice(0, 3)));
    expect(ids({ query: 'zelfmoort' })).toContain(laneId('1813'));
    expect(ids({ query: 'suicide' })).toContain(laneId('1813'));
  });

  it('understands youth words from the vocabulary: "psycholoog" finds help whose theme is talking to one', () => {
    const found = ids({ query: 'psycholoog' });
    // Neither provider has the word itself: it is a youth word of their theme "praten-psycholoog".
    expect(found).toContain('fictief-jongerenhuis-hasselt');
    expect(found).toContain('fictieve-praktijk-diepenbeek');
    expect(found).not.toContain('fictieve-drugslijn');
  });

  it('finds parts of compound words: "stoornis" finds help about eating disorders', () => {
    expect(ids({ query: 'stoornis' })).toContain('fictieve-eetlijn');
  });

  it('keeps only help that serves the chosen municipality, national lines included', () => {
    const found = ids({ municipality: 'herk-de-stad' });
    expect(found).toContain('fictief-gemeentehuis-herk-de-stad');
    expect(found).toContain(laneId('102'));
    expect(found).not.toContain('fictief-gemeentehuis-zonhoven');
  });

  it('combines groups with AND and values within a group with OR', () => {
    const pesten = new Set(ids({ themes: ['pesten'] }));
    const drugs = new Set(ids({ themes: ['alcohol-drugs'] }));
    expect(pesten.size).toBeGreaterThan(0);
    expect(drugs.size).toBeGreaterThan(0);
    const either = new Set(ids({ themes: ['pesten', 'alcohol-drugs'] }));
    expect(either).toEqual(new Set([...pesten, ...drugs]));
    expect(either.size).toBeGreaterThan(Math.max(pesten.size, drugs.size));
    const freeAndAnonymous = searcher.search({ ...EMPTY_SEARCH, free: true, anonymous: true }, EVENING);
    for (const { provider, unknown } of freeAndAnonymous) {
      // What is known fits; what is not known is said, never claimed.
      if (provider.free !== undefined) expect(provider.free).toBe(true);
      if (provider.anonymous !== undefined) expect(provider.anonymous).toBe(true);
      expect(unknown).toEqual((['free', 'anonymous'] as const).filter((group) => provider[group] === undefined));
    }
    expect(freeAndAnonymous.length).toBeLessThan(ids({ free: true }).length);
  });

  it('filters on age, referral, parents and ways of contact', () => {
    expect(ids({ age: 22 })).not.toContain('fictief-jongerenhuis-hasselt'); // 12–18
    expect(ids({ age: 14 })).toContain('fictief-jongerenhuis-hasselt');
    expect(ids({ noReferral: true })).not.toContain('fictieve-praktijk-diepenbeek');
    expect(ids({ withoutParents: true })).toContain('fictief-jongerenhuis-hasselt');
    expect(ids({ withoutParents: true })).not.toContain('fictieve-praktijk-diepenbeek');
    const chatOrMail = ids({ contact: ['chat', 'email'] });
    expect(chatOrMail).toContain('fictieve-schoolchat');
    expect(chatOrMail).toContain('fictief-jongerenhuis-hasselt');
    expect(chatOrMail).not.toContain(laneId('112'));
  });

  it('keeps only what is open now, in Belgian time', () => {
    const evening = ids({ openNow: true });
    expect(evening).toContain(laneId('1813'));
    expect(evening).toContain('fictieve-schoolchat'); // Monday to Friday 17:00–21:00
    expect(evening).not.toContain('fictief-gemeentehuis-zonhoven');
    const wednesdayMorning = ids({ openNow: true }, new Date('2026-11-25T10:00:00Z')); // 11:00 in Brussels
    expect(wednesdayMorning).toContain('fictief-gemeentehuis-zonhoven');
    expect(wednesdayMorning).not.toContain('fictieve-schoolchat');
  });

  it('ignores a municipality or theme it does not know, instead of hiding help', () => {
    const all = ids({});
    expect(ids({ municipality: 'genk' })).toEqual(all);
    expect(ids({ themes: ['bestaat-niet'] })).toEqual(all);
    expect(searcher.withoutEachFilter({ ...EMPTY_SEARCH, municipality: 'genk' }, EVENING)).toEqual([]);
  });

  it('says which filter emptied the list', () => {
    // "rouw" has only the helpline for any question, which has no door to walk in at.
    const state = { ...EMPTY_SEARCH, themes: ['rouw'], municipality: 'alken', contact: ['walkIn' as const] };
    expect(searcher.search(state, EVENING)).toHaveLength(0);
    const without = searcher.withoutEachFilter(state, EVENING);
    expect(without.map((w) => w.group)).toEqual(['themes', 'municipality', 'contact']);
    expect(without.find((w) => w.group === 'themes')!.count).toBeGreaterThan(0);
  });

  it('puts the crisis lines first for a crisis search, open now', () => {
    const lane = [laneId('112'), laneId('1813'), laneId('102'), laneId('106')];
    const results = searcher.search({ ...EMPTY_SEARCH, query: 'zelfmoord' }, EVENING);
    expect(new Set(results.slice(0, lane.length).map((r) => r.provider.id))).toEqual(new Set(lane));
    expect(results.slice(0, lane.length).every((r) => r.open)).toBe(true);
  });

  it('ranks help that is open now before help that is closed, for the same words', () => {
    // Both town halls match "gemeentehuis" alike; Zonhoven closes for lunch, Herk-de-Stad at 12:30.
    const townHalls = (now: Date) =>
      searcher
        .search({ ...EMPTY_SEARCH, query: 'gemeentehuis' }, now)
        .map((r) => [r.provider.id, r.open])
        .slice(0, 2);
    expect(townHalls(new Date('2026-11-25T13:00:00Z'))).toEqual([
      ['fictief-gemeentehuis-zonhoven', true],
      ['fictief-gemeentehuis-herk-de-stad', false],
    ]); // 14:00
    expect(townHalls(new Date('2026-11-25T11:15:00Z'))).toEqual([
      ['fictief-gemeentehuis-herk-de-stad', true],
      ['fictief-gemeentehuis-zonhoven', false],
    ]); // 12:15
  });
});

/**
 * A small, obviously fictional catalogue: three crisis lines and a few ordinary providers whose words
 * invite the noise testers saw ("kant" fuzzy-matching "wijkkantoor", "die" matching "diepenbeek").
 */
function fictionalProvider(id: string, name: string, extra: Partial<CatalogueProvider> = {}): CatalogueProvider {
  return {
    id,
    name,
    summary: { nl: 'Verzonnen dienst voor tests.' },
    themes: [],
    area: 'flanders',
    phones: [],
    chats: [],
    emails: [],
    videos: [],
    locations: [],
    factDates: {},
    ...extra,
  };
}

const FICTIONAL_PHONE = { display: '0000', href: 'tel:0000' };
const FICTIONAL_CHAT = { href: 'https://testdata.example.org/chat' };
const fictionalProviders: { provider: CatalogueProvider; words: string; places?: string }[] = [
  {
    provider: fictionalProvider('fictieve-noodlijn', 'Fictieve Noodlijn (testdata)', { crisisLane: 1, phones: [FICTIONAL_PHONE] }),
    words: 'nood dringend ambulance',
  },
  {
    provider: fictionalProvider('fictieve-levenslijn', 'Fictieve Levenslijn (testdata)', {
      crisisLane: 2,
      phones: [FICTIONAL_PHONE],
      chats: [FICTIONAL_CHAT],
    }),
    words: 'zelfmoord zelfmoordgedachten ik wil dood suicide',
  },
  {
    provider: fictionalProvider('fictieve-jongerenchat', 'Fictieve Jongerenchat (testdata)', { crisisLane: 3, chats: [FICTIONAL_CHAT] }),
    words: 'praten chat thuis',
  },
  {
    provider: fictionalProvider('fictief-wijkkantoor', 'Fictief Wijkkantoor (testdata)', { phones: [FICTIONAL_PHONE] }),
    words: 'politie wijkagent aangifte',
  },
  {
    provider: fictionalProvider('fictief-rookstoppunt', 'Fictief Rookstoppunt (testdata)'),
    words: 'roken stoppen tabak vapen',
    places: 'diepenbeek',
  },
  { provider: fictionalProvider('fictieve-drughulp', 'Fictieve Drughulp (testdata)'), words: 'drugs wiet pillen xtc verslaving' },
  {
    provider: fictionalProvider('fictief-praatpunt', 'Fictief Praatpunt (testdata)'),
    words: 'zelfverwonding snijden krassen somber depri mezelf',
  },
  { provider: fictionalProvider('fictief-pestpunt', 'Fictief Pestpunt (testdata)'), words: 'gepest pesten cyberpesten' },
];

function fictionalSearcher(crisisPhrases: string[] = []) {
  const catalogue: Catalogue = {
    builtOn: '2026-01-01',
    providers: fictionalProviders.map(({ provider }) => provider),
    themes: [],
    municipalities: [],
    crisisPhrases,
  };
  const index: SearchIndex = {
    themes: [],
    entries: fictionalProviders.map(({ provider, words, places = '' }) => ({
      id: provider.id,
      name: normalizeText(provider.name),
      keywords: normalizeText(words),
      summary: normalizeText(provider.summary.nl),
      places,
    })),
  };
  return createSearcher(catalogue, index);
}

describe('crisis searches on a fictional catalogue', () => {
  const searcher = fictionalSearcher();
  const fictionalIds = (state: Partial<SearchState>) => searcher.search({ ...EMPTY_SEARCH, ...state }, EVENING).map((r) => r.provider.id);
  const crisisLines = ['fictieve-noodlijn', 'fictieve-levenslijn', 'fictieve-jongerenchat'];

  it.each(readPhraseList('crisis-phrasings'))('puts the crisis lines first for "%s"', (query) => {
    const found = fictionalIds({ query });
    expect(new Set(found.slice(0, crisisLines.length))).toEqual(new Set(crisisLines));
  });

  it('puts the crisis lines in lane order when the words match none of them', () => {
    expect(fictionalIds({ query: 'ik wil verdwijnen' }).slice(0, 3)).toEqual(crisisLines);
  });

  it('puts the crisis line that matches the words best first', () => {
    expect(fictionalIds({ query: 'zelfmoord' }).slice(0, 3)).toEqual(['fictieve-levenslijn', 'fictieve-noodlijn', 'fictieve-jongerenchat']);
  });

  it('keeps the filters: a crisis line the filters leave out stays out', () => {
    const found = fictionalIds({ query: 'ik wil dood', contact: ['chat'] });
    expect(found.slice(0, 2)).toEqual(['fictieve-levenslijn', 'fictieve-jongerenchat']);
    expect(found).not.toContain('fictieve-noodlijn');
  });

  it('keeps the crisis lines first with no note, also when a filter is set that their data says nothing about', () => {
    const found = searcher.search({ ...EMPTY_SEARCH, query: 'ik wil dood', anonymous: true, age: 15 }, EVENING);
    expect(found.slice(0, 3).map((r) => [r.provider.id, r.unknown, r.offTheme])).toEqual(
      expect.arrayContaining(crisisLines.map((id) => [id, [], false])),
    );
  });

  it('still shows other help that matches the words, after the crisis lines', () => {
    const found = fictionalIds({ query: 'zelfverwonding' });
    expect(found.slice(0, 3).every((id) => crisisLines.includes(id))).toBe(true);
    expect(found).toContain('fictief-praatpunt');
  });

  it('does not search crisis words fuzzily inside other words', () => {
    expect(fictionalIds({ query: 'ik wil me van kant maken' })).not.toContain('fictief-wijkkantoor');
    expect(fictionalIds({ query: 'i want to die' })).not.toContain('fictief-rookstoppunt');
    // Nor outside a crisis: a word is found whole, as the start or end of a word, or with a typo, never in the middle.
    expect(fictionalIds({ query: 'kant' })).toEqual([]);
    expect(fictionalIds({ query: 'wijkkant' })).toEqual(['fictief-wijkkantoor']);
    expect(fictionalIds({ query: 'pesten' })).toEqual(['fictief-pestpunt']);
  });

  it('leaves ordinary searches alone: no crisis lines that do not match', () => {
    expect(fictionalIds({ query: 'gepest' })).toEqual(['fictief-pestpunt']);
  });

  it('uses the crisis phrases from the data too, with typos and split words', () => {
    const withPhrase = fictionalSearcher(['testcrisiswoord']);
    for (const query of ['testcrisiswoord', 'testcrisiswort', 'test crisiswoord']) {
      const found = withPhrase.search({ ...EMPTY_SEARCH, query }, EVENING).map((r) => r.provider.id);
      expect(found.slice(0, 3), query).toEqual(crisisLines);
    }
    expect(fictionalIds({ query: 'testcrisiswoord' })).toEqual([]);
  });
});

describe('ranking on a fictional catalogue with themes', () => {
  const theme = (id: string, words: string) => ({ id, words: words.split(', ').map(normalizeText).join(' | ') });
  const providers: { provider: CatalogueProvider; keywords?: string; summary?: string }[] = [
    { provider: fictionalProvider('fictieve-pesthulp', 'Fictieve Pesthulp (testdata)', { themes: ['pesten'], withoutParents: true }) },
    {
      provider: fictionalProvider('fictieve-schoolhulp', 'Fictieve Schoolhulp (testdata)', {
        themes: ['pesten', 'school'],
        age: { min: 12, max: 18 },
      }),
    },
    {
      provider: fictionalProvider('fictieve-vrijdaglijn', 'Fictieve Vrijdaglijn (testdata)', {
        themes: ['somber'],
        anyQuestion: true,
        withoutParents: false,
      }),
    },
    {
      provider: fictionalProvider('fictief-ziekenhuis', 'Fictief Ziekenhuis (testdata)', { themes: ['gezondheid'] }),
      summary: 'ook wie gepest wordt kan hier terecht',
    },
    {
      provider: fictionalProvider('fictieve-zorglijn', 'Fictieve Zorglijn (testdata)', { themes: ['gezondheid'] }),
      keywords: 'mama is ziek',
    },
  ];
  const catalogue: Catalogue = {
    builtOn: '2026-01-01',
    providers: providers.map(({ provider }) => provider),
    themes: ['pesten', 'school', 'somber', 'gezondheid', 'rouw'].map((id) => ({ id, label: { nl: id, en: id, fr: id }, crisis: false })),
    municipalities: [],
    crisisPhrases: [],
  };
  const index: SearchIndex = {
    themes: [
      theme('pesten', 'Pesten, gepest, ik word gepest, bullying'),
      theme('school', 'school, examens'),
      theme('somber', 'somber, depri'),
      theme('gezondheid', 'dokter, ziek, ziekenhuis'),
      theme('rouw', 'rouw, iemand verloren'),
    ],
    entries: providers.map(({ provider, keywords = '', summary = 'verzonnen dienst voor tests' }) => ({
      id: provider.id,
      name: normalizeText(provider.name),
      keywords: normalizeText(keywords),
      summary: normalizeText(summary),
      places: '',
    })),
  };
  const searcher = createSearcher(catalogue, index);
  const results = (state: Partial<SearchState>) => searcher.search({ ...EMPTY_SEARCH, ...state }, EVENING);
  const ranked = (state: Partial<SearchState>) => results(state).map((r) => r.provider.id);

  it('puts what a provider is for above a passing mention, and a helpline for any question between them', () => {
    // Of the two providers for bullying, the one made for young people (12–18) first.
    expect(ranked({ query: 'gepest' })).toEqual(['fictieve-schoolhulp', 'fictieve-pesthulp', 'fictieve-vrijdaglijn', 'fictief-ziekenhuis']);
    expect(ranked({ query: 'bullying' }).slice(0, 2).sort()).toEqual(['fictieve-pesthulp', 'fictieve-schoolhulp']);
  });

  it('shows a helpline for any question in every topic, after the topic own help, marked as such', () => {
    const pesten = results({ themes: ['pesten'] });
    expect(pesten.map((r) => [r.provider.id, r.offTheme])).toEqual([
      ['fictieve-pesthulp', false],
      ['fictieve-schoolhulp', false],
      ['fictieve-vrijdaglijn', true],
    ]);
    expect(results({ themes: ['rouw'] }).map((r) => [r.provider.id, r.offTheme])).toEqual([['fictieve-vrijdaglijn', true]]);
    expect(ranked({ query: 'iemand verloren' })).toEqual(['fictieve-vrijdaglijn']);
  });

  it('keeps help whose data does not say, after the help that fits, marking what is unknown; drops what does not fit', () => {
    const withoutParents = results({ withoutParents: true });
    expect(withoutParents.map((r) => [r.provider.id, r.unknown])[0]).toEqual(['fictieve-pesthulp', []]);
    expect(new Set(withoutParents.slice(1).map((r) => r.provider.id))).toEqual(
      new Set(['fictieve-schoolhulp', 'fictief-ziekenhuis', 'fictieve-zorglijn']),
    );
    expect(withoutParents.slice(1).every((r) => r.unknown.join() === 'withoutParents')).toBe(true);
    const age = results({ age: 20, themes: ['pesten'] });
    expect(age.map((r) => [r.provider.id, r.unknown])).toEqual([
      ['fictieve-pesthulp', ['age']],
      ['fictieve-vrijdaglijn', ['age']],
    ]);
  });

  it('counts a phrase found whole: "mama is ziek" is the provider that says it, not every "ziek"', () => {
    expect(ranked({ query: 'mijn mama is ziek' })[0]).toBe('fictieve-zorglijn');
  });

  it('treats a promise from a source too old to trust as unknown, not as a yes', () => {
    const current = fictionalProvider('fictief-gratis-nu', 'Fictief Gratis Nu (testdata)', { free: true, anonymous: true });
    const old = fictionalProvider('fictief-gratis-oud', 'Fictief Gratis Oud (testdata)', {
      free: true,
      anonymous: true,
      oldFacts: { free: { current: false, date: '2019-05' }, anonymous: { current: false } },
    });
    const free = SEARCH_FILTERS.find((filter) => filter.group === 'free')!;
    const anonymous = SEARCH_FILTERS.find((filter) => filter.group === 'anonymous')!;
    const state: SearchState = { ...EMPTY_SEARCH, free: true, anonymous: true };
    expect([free.fits!(current, state, EVENING), anonymous.fits!(current, state, EVENING)]).toEqual(['yes', 'yes']);
    expect([free.fits!(old, state, EVENING), anonymous.fits!(old, state, EVENING)]).toEqual(['unknown', 'unknown']);
  });

  it('gives every filter that can leave a provider unknown a note to show', () => {
    const blank = fictionalProvider('fictief-leeg', 'Fictief Leeg (testdata)');
    const everySet: SearchState = {
      ...EMPTY_SEARCH,
      age: 15,
      free: true,
      anonymous: true,
      noReferral: true,
      withoutParents: true,
      openNow: true,
    };
    for (const filter of SEARCH_FILTERS) {
      if (filter.fits?.(blank, everySet, EVENING) === 'unknown') expect(filter.unknownNote, filter.group).toBeDefined();
    }
    expect(SEARCH_FILTERS.filter((filter) => filter.fits?.(blank, everySet, EVENING) === 'unknown')).toHaveLength(6);
  });
});
