import { describe, expect, it } from 'vitest';
import { backToListUrl } from './back-to-list';

describe('backToListUrl', () => {
  it('goes back to the list in the state, in the page language', () => {
    expect(backToListUrl('nl', { fromList: '/thema/pesten/hasselt?gratis=1' })).toBe('/thema/pesten/hasselt?gratis=1');
    expect(backToListUrl('fr', { fromList: '/en/gemeente/zonhoven?q=stress&weergave=kaart' })).toBe(
      '/fr/gemeente/zonhoven?q=stress&weergave=kaart',
    );
  });

  it('goes to the start without a list, or with anything that is not a list of this site', () => {
    for (const state of [
      null,
      undefined,
      {},
      { fromList: 42 },
      { fromList: 'https://elders.example.org/' },
      { fromList: '//elders.example.org/x' },
      { fromList: '/aanbieder/fictieve-schoolchat' },
      { fromList: '/bestaat/niet/echt/zo' },
    ]) {
      expect(backToListUrl('en', state)).toBe('/en');
    }
  });
});
