/**
 * Find help: one search box, theme chips, a municipality, more filters, and the results. Every control
 * navigates (typing replaces the history entry, choices add one so Back undoes them; typing's address is
 * written when typing pauses, routing/typed-url.ts); results are computed during render from the router's
 * location. The results follow a keystroke a moment later (useDeferredValue): a key renders the box and
 * the links that read the location, not the result list, which renders in pieces the browser can paint
 * between.
 * The parts: filter-panel.tsx (topics and filters), search-results.tsx (list or map), no-results.tsx.
 */
import { useCallback, useDeferredValue, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { useHydrated } from '../../shared/use-hydrated';
import { CatalogueStatus } from '../../components/catalogue-status';
import type { Language } from '../../i18n/language';
import { searchUrl } from '../../routing/urls';
import { MAX_QUERY_LENGTH, type SearchState } from '../../search/search-filters';
import { searcherFor } from '../../search/search-providers';
import { loadCrisisDetection } from '../../crisis/crisis-check';
import { FilterPanel, type UpdateSearch } from './filter-panel';
import { SearchResults } from './search-results';

export interface SearchPageProps {
  lang: Language;
  search: SearchState;
  /** The history entry's key: the result window is remembered per entry (use-result-window.ts). */
  entryKey: string;
  /** The crisis lane, when the search sounds like a crisis: shown right under the search box. */
  crisisLane?: ReactNode;
}

export function SearchPage({ lang, search, entryKey, crisisLane }: SearchPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, retry } = useCatalogue();
  const live = useHydrated();
  const resultsSearch = useDeferredValue(search);
  const resultsEntry = useDeferredValue(entryKey);
  // The search on screen, read when a control changes it: so `update` stays the same function while
  // someone types, and the memoised filter panel is not rendered again for every key. Set after each
  // render, before the browser can hand the next key or tap to a handler.
  const shownSearch = useRef(search);
  useLayoutEffect(() => {
    shownSearch.current = search;
  });
  // flushSync: the box and tick boxes show the location's value, so the location must change in the same
  // frame as the key or tap, or fast typing loses letters. Results still update later (useDeferredValue).
  const update: UpdateSearch = useCallback(
    (changes, { replace = false } = {}) => {
      const search = shownSearch.current;
      navigate(searchUrl(lang, { ...search, ...changes }), { replace, preventScrollReset: true, flushSync: true });
    },
    [lang, navigate],
  );

  return (
    <>
      <h1>{t('search.title')}</h1>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="zoekterm">{t('search.label')}</label>
        <input
          id="zoekterm"
          type="search"
          value={search.query}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          // Until the app runs, typing could not search (shared/use-hydrated.tsx).
          disabled={!live}
          onChange={(event) => update({ query: event.target.value }, { replace: true })}
          // Typed words are looked up with a matcher built for the first search with words
          // (search/search-providers.ts): build it now, in a task of its own, while the first key is on its way.
          onFocus={() => {
            // Here long before in most visits (view-code.ts); if it could not download, now it tries again.
            loadCrisisDetection().catch(() => undefined);
            if (state.status !== 'ready') return;
            const searcher = searcherFor(state.data);
            setTimeout(() => searcher.prepareWords(), 0);
          }}
        />
      </form>
      {/* Right under the search box, above topics and filters: it must be on screen after typing. */}
      {crisisLane}
      {state.status === 'ready' ? (
        <>
          <FilterPanel catalogue={state.data.catalogue} search={search} update={update} />
          <SearchResults
            lang={lang}
            search={resultsSearch}
            entryKey={resultsEntry}
            searcher={searcherFor(state.data)}
            catalogue={state.data.catalogue}
          />
        </>
      ) : (
        <CatalogueStatus state={state} retry={retry} />
      )}
    </>
  );
}
