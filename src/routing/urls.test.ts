import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, MAX_QUERY_LENGTH, type SearchState } from '../search/search-filters';
import { languageUrl, parseUrl, posterUrl, providerUrl, searchUrl } from './urls';

const roundTrip = (lang: 'nl' | 'en' | 'fr', state: SearchState) => {
  const url = new URL(searchUrl(lang, state), 'https://hulphub.test');
  return parseUrl(url.pathname, url.search);
};

describe('URLs', () => {
  it('give readable paths a school can type', () => {
    expect(searchUrl('nl', { ...EMPTY_SEARCH, themes: ['pesten'] })).toBe('/thema/pesten');
    expect(searchUrl('nl', { ...EMPTY_SEARCH, themes: ['pesten'], municipality: 'hasselt' })).toBe('/thema/pesten/hasselt');
    expect(searchUrl('nl', { ...EMPTY_SEARCH, municipality: 'zonhoven' })).toBe('/gemeente/zonhoven');
    expect(searchUrl('en', EMPTY_SEARCH)).toBe('/en');
    expect(searchUrl('nl', EMPTY_SEARCH)).toBe('/');
    expect(providerUrl('fr', 'fictieve-schoolchat')).toBe('/fr/aanbieder/fictieve-schoolchat');
  });

  it('keep every filter through a round trip', () => {
    const state: SearchState = {
      query: 'ik word gepest',
      themes: ['pesten', 'somber'],
      municipality: 'diepenbeek',
      age: 14,
      free: true,
      anonymous: true,
      noReferral: true,
      withoutParents: true,
      contact: ['walkIn', 'chat'],
      openNow: true,
      view: 'map',
    };
    expect(searchUrl('en', state)).toBe(
      '/en?q=ik+word+gepest&thema=pesten&thema=somber&gemeente=diepenbeek&leeftijd=14&gratis=1&anoniem=1&zonder-verwijzing=1&zonder-ouders=1&contact=binnenlopen&contact=chat&open=nu&weergave=kaart',
    );
    expect(roundTrip('en', state)).toEqual({ kind: 'search', lang: 'en', search: state });
    expect(roundTrip('fr', { ...EMPTY_SEARCH, themes: ['pesten'], municipality: 'hasselt', free: true })).toEqual({
      kind: 'search',
      lang: 'fr',
      search: { ...EMPTY_SEARCH, themes: ['pesten'], municipality: 'hasselt', free: true },
    });
  });

  it('read the school kit in each language, and keep it when the language changes', () => {
    for (const lang of ['nl', 'en', 'fr'] as const) expect(parseUrl(posterUrl(lang), '')).toEqual({ kind: 'poster', lang });
    expect(posterUrl('nl')).toBe('/affiche');
    expect(languageUrl('/affiche', '', 'fr')).toBe('/fr/affiche');
    expect(parseUrl('/affiche/pesten', '')).toEqual({ kind: 'not-found', lang: 'nl' });
  });

  it('read provider pages, and call anything else not found', () => {
    expect(parseUrl('/en/aanbieder/fictieve-schoolchat', '')).toEqual({ kind: 'provider', lang: 'en', id: 'fictieve-schoolchat' });
    expect(parseUrl('/bestaat/niet/echt/zo', '')).toEqual({ kind: 'not-found', lang: 'nl' });
    expect(parseUrl('/thema/Pesten!', '')).toEqual({ kind: 'not-found', lang: 'nl' });
  });

  it('ignore values that make no sense instead of failing', () => {
    const page = parseUrl('/', '?leeftijd=abc&contact=fax&open=ja&gemeente=&thema=Pesten!');
    expect(page).toEqual({ kind: 'search', lang: 'nl', search: EMPTY_SEARCH });
  });

  it('call a broken %-escape in the path not found, instead of crashing', () => {
    expect(parseUrl('/aanbieder/%E0', '')).toEqual({ kind: 'not-found', lang: 'nl' });
    expect(parseUrl('/%', '')).toEqual({ kind: 'not-found', lang: 'nl' });
  });

  it('switch language on the same view', () => {
    expect(languageUrl('/thema/pesten/hasselt', '?gratis=1', 'fr')).toBe('/fr/thema/pesten/hasselt?gratis=1');
    expect(languageUrl('/en/aanbieder/fictieve-schoolchat', '', 'nl')).toBe('/aanbieder/fictieve-schoolchat');
  });

  it('reads at most MAX_QUERY_LENGTH characters of search text, so a huge shared link cannot freeze the page', () => {
    const page = parseUrl('/', `?q=${'ab'.repeat(15_000)}`);
    expect(page.kind === 'search' && page.search.query.length).toBe(MAX_QUERY_LENGTH);
  });
});
