/**
 * Find help: one search box, theme chips, a municipality, more filters, and the results. Every control
 * writes the URL (typing replaces the history entry, choices add one so Back undoes them); results are
 * computed during render from the URL. useDeferredValue keeps typing smooth on large catalogues.
 * The parts: filter-panel.tsx (topics and filters), search-results.tsx (list or map), no-results.tsx.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCatalogue } from '../../catalogue/catalogue-context';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { municipalityName } from '../../catalogue/municipality-name';
import { CatalogueStatus } from '../../components/catalogue-status';
import type { Language } from '../../i18n/language';
import { searchUrl } from '../../routing/urls';
import { MAX_QUERY_LENGTH, type SearchState } from '../../search/search-filters';
import { searcherFor } from '../../search/search-providers';
import { useDocumentTitle } from '../use-document-title';
import { FilterPanel, type UpdateSearch } from './filter-panel';
import { SearchResults } from './search-results';

export interface SearchPageProps {
  lang: Language;
  search: SearchState;
  /** The crisis lane, when the search sounds like a crisis: shown right under the search box. */
  crisisLane?: ReactNode;
}

export function SearchPage({ lang, search, crisisLane }: SearchPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, retry } = useCatalogue();
  // flushSync: the box and tick boxes show the URL's value, so the URL must change in the same frame as
  // the key or tap, or fast typing loses letters. Results still update later (useDeferredValue).
  const update: UpdateSearch = (changes, { replace = false } = {}) =>
    navigate(searchUrl(lang, { ...search, ...changes }), { replace, preventScrollReset: true, flushSync: true });
  useDocumentTitle(searchTitle(search, state.status === 'ready' ? state.data.catalogue : undefined, lang, t('search.title')));

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
          onChange={(event) => update({ query: event.target.value }, { replace: true })}
        />
      </form>
      {/* Right under the search box, above topics and filters: it must be on screen after typing. */}
      {crisisLane}
      {state.status === 'ready' ? (
        <>
          <FilterPanel catalogue={state.data.catalogue} search={search} update={update} />
          <SearchResults lang={lang} search={search} searcher={searcherFor(state.data)} catalogue={state.data.catalogue} />
        </>
      ) : (
        <CatalogueStatus state={state} retry={retry} />
      )}
    </>
  );
}

/** "Pesten · Zonhoven" for a theme and municipality view, the page question otherwise. Also names a school kit poster's view. */
export function searchTitle(search: SearchState, catalogue: Catalogue | undefined, lang: Language, fallback: string): string {
  const themes = catalogue?.themes.filter((theme) => search.themes.includes(theme.id)).map((theme) => theme.label[lang]) ?? [];
  const municipality = catalogue && municipalityName(catalogue.municipalities, search.municipality);
  const parts = [...themes, ...(municipality ? [municipality] : [])];
  return parts.length ? parts.join(' · ') : fallback;
}
