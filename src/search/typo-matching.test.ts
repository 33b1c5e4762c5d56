// @vitest-environment jsdom
/**
 * The typo matcher loads lazily (typo-matching.ts): the search works without typos until it is here,
 * then with them, and nothing remembered without it stays. This file must not load it at the top: each
 * test file gets its own modules, so here it starts unloaded, as on a phone.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { builtCatalogue } from '../../tests/helpers/built-catalogue';
import { EMPTY_SEARCH } from './search-filters';
import { createSearcher } from './search-providers';
import { isTypoMatchingLoaded, loadTypoMatching } from './typo-matching';
import { WordMatcher } from './word-matcher';

const { catalogue, searchIndex } = builtCatalogue();
/** Wednesday 25 November 2026, 20:00 in Brussels. */
const EVENING = new Date('2026-11-25T19:00:00Z');

describe('the typo matcher, loaded lazily', () => {
  it('searches without typos until it is loaded, then with them, forgetting what it remembered without', async () => {
    expect(isTypoMatchingLoaded()).toBe(false);
    const searcher = createSearcher(catalogue, searchIndex);
    const matcher = new WordMatcher(['psycholoog', 'pesten']);
    const typo = () => searcher.search({ ...EMPTY_SEARCH, query: 'psichollog' }, EVENING).map((result) => result.provider.id);
    // Not a word, a form, a start or a compound part of one: only a typo matcher finds it.
    expect(typo()).toEqual([]);
    expect(typo()).toEqual([]); // now remembered
    expect(matcher.match('pesren')).toEqual([]);
    // The word itself, its forms and starts need no typo matcher.
    expect(searcher.search({ ...EMPTY_SEARCH, query: 'psycho' }, EVENING).map((r) => r.provider.id)).toContain(
      'fictieve-praktijk-diepenbeek',
    );

    await loadTypoMatching();
    expect(typo()).toContain('fictieve-praktijk-diepenbeek');
    expect(matcher.match('pesren').map((match) => match.word)).toEqual(['pesten']);
  });

  it('useTypoMatching starts the load and renders again when it arrives', async () => {
    // Fresh modules: the matcher is not loaded in them yet.
    vi.resetModules();
    const fresh = await import('./typo-matching');
    const { useTypoMatching } = await import('./use-typo-matching');
    expect(fresh.isTypoMatchingLoaded()).toBe(false);
    const listening = renderHook(() => useTypoMatching({ load: false }));
    const { result } = renderHook(() => useTypoMatching());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    // A component that only listens renders again too.
    expect(listening.result.current).toBe(true);
    await act(() => fresh.loadTypoMatching());
    expect(result.current).toBe(true);
  });
});
