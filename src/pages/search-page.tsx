/**
 * Find help: one search box, theme chips, a municipality, more filters, and the results. Every control
 * writes the URL (typing replaces the history entry, choices add one so Back undoes them); results are
 * computed during render from the URL. useDeferredValue keeps typing smooth on large catalogues.
 */
import { useDeferredValue, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Catalogue } from '../catalogue/catalogue-types';
import { useCatalogue } from '../catalogue/catalogue-context';
import { municipalityName } from '../catalogue/municipality-name';
import { CONTACT_WAYS, type ContactWay } from '../catalogue/provider-facts';
import { CatalogueStatus } from '../components/catalogue-status';
import { ProviderCard } from '../components/provider-card';
import { crisisData } from '../crisis/crisis-data';
import type { Language } from '../i18n/language';
import { LazyResultsMap } from '../map/lazy-results-map';
import { tileHost } from '../map/map-config';
import { searchUrl } from '../routing/urls';
import { EMPTY_SEARCH, filterFor, MAX_QUERY_LENGTH, SEARCH_FILTERS, withoutFilter, type SearchState } from '../search/search-filters';
import { searcherFor, type Searcher } from '../search/search-providers';
import { safeHref } from '../shared/safe-href';
import { useDocumentTitle } from './use-document-title';
import { useNow } from './use-now';

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
  const update = (changes: Partial<SearchState>, { replace = false } = {}) =>
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
          <Filters catalogue={state.data.catalogue} search={search} update={update} />
          <Results lang={lang} search={search} searcher={searcherFor(state.data)} catalogue={state.data.catalogue} />
        </>
      ) : (
        <CatalogueStatus state={state} retry={retry} />
      )}
    </>
  );
}

/** "Pesten · Zonhoven" for a theme and municipality view, the page question otherwise. */
function searchTitle(search: SearchState, catalogue: Catalogue | undefined, lang: Language, fallback: string): string {
  const themes = catalogue?.themes.filter((theme) => search.themes.includes(theme.id)).map((theme) => theme.label[lang]) ?? [];
  const municipality = catalogue && search.municipality !== undefined ? municipalityName(catalogue.municipalities, search.municipality) : undefined;
  const parts = [...themes, ...(municipality ? [municipality] : [])];
  return parts.length ? parts.join(' · ') : fallback;
}

type Update = (changes: Partial<SearchState>, options?: { replace?: boolean }) => void;

function Filters({ catalogue, search, update }: { catalogue: Catalogue; search: SearchState; update: Update }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const ageId = useId();
  const moreActive = SEARCH_FILTERS.some((filter) => filter.underMoreChoices && filter.isSet(search));
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const chosenThemes = catalogue.themes.filter((theme) => search.themes.includes(theme.id)).map((theme) => theme.label[lang]);
  // While browsing (nothing typed or chosen) the topics are the way in; once searching, results come
  // first. Only the first render decides: a panel never closes under someone's finger or keyboard focus.
  const topicsOpen = useRef(!search.query.trim() && search.themes.length === 0).current;
  const moreOpen = useRef(moreActive).current;

  return (
    <div className="filters">
      <details className="disclosure" open={topicsOpen || undefined}>
        <summary>
          {t('search.themes')}
          {chosenThemes.length > 0 && <span className="disclosure__chosen">: {chosenThemes.join(', ')}</span>}
        </summary>
        <fieldset className="chips">
          <legend className="visually-hidden">{t('search.themes')}</legend>
          {catalogue.themes.map((theme) => (
            <label key={theme.id} className="chip">
              <input type="checkbox" checked={search.themes.includes(theme.id)} onChange={() => update({ themes: toggle(search.themes, theme.id) })} />
              <span>{theme.label[lang]}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <p className="field">
        <label htmlFor="gemeente">{t('search.municipality')}</label>
        <select id="gemeente" value={search.municipality ?? ''} onChange={(event) => update({ municipality: event.target.value || undefined })}>
          <option value="">{t('search.allMunicipalities')}</option>
          {catalogue.municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {municipalityName(catalogue.municipalities, m.id)}
            </option>
          ))}
        </select>
      </p>
      <details className="disclosure" open={moreOpen || undefined}>
        <summary>{t('search.moreFilters')}</summary>
        <p className="field">
          <label htmlFor={ageId}>{t('search.age')}</label>
          <input
            id={ageId}
            type="number"
            inputMode="numeric"
            min={6}
            max={99}
            value={search.age ?? ''}
            aria-describedby={`${ageId}-hint`}
            onChange={(event) => {
              const age = Number(event.target.value);
              update({ age: event.target.value && Number.isInteger(age) && age > 0 ? age : undefined }, { replace: true });
            }}
          />
          <span id={`${ageId}-hint`} className="hint">
            {t('search.ageHint')}
          </span>
        </p>
        <fieldset className="checks">
          <legend>{t('search.important')}</legend>
          {SEARCH_FILTERS.map(
            (filter) =>
              filter.control === 'yes-no' && (
                <label key={filter.group} className="check">
                  <input type="checkbox" checked={search[filter.group]} onChange={() => update({ [filter.group]: !search[filter.group] })} />
                  {t(filter.checkLabel)}
                </label>
              ),
          )}
        </fieldset>
        <fieldset className="checks">
          <legend>{t('search.contact')}</legend>
          {CONTACT_WAYS.map((way: ContactWay) => (
            <label key={way} className="check">
              <input type="checkbox" checked={search.contact.includes(way)} onChange={() => update({ contact: toggle(search.contact, way) })} />
              {t(`search.contactWays.${way}`)}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}

function Results({ lang, search, searcher, catalogue }: { lang: Language; search: SearchState; searcher: Searcher; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const now = useNow();
  const deferred = useDeferredValue(search);
  const results = searcher.search(deferred, now);
  const count = t('search.results', { count: results.length });
  const renderList = () => (
    <ul className="result-list">
      {results.map(({ provider, open, holidayUncertain }) => (
        <ProviderCard key={provider.id} provider={provider} open={open} holidayUncertain={holidayUncertain} lang={lang} municipalities={catalogue.municipalities} />
      ))}
    </ul>
  );

  return (
    <section className="results" aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel">{results.length === 0 ? t('search.noResultsTitle') : count}</h2>
      <p className="visually-hidden" role="status">
        {results.length === 0 ? t('search.noResultsTitle') : count}
      </p>
      <nav className="view-switch" aria-label={t('map.switchLabel')}>
        <Link to={searchUrl(lang, { ...search, view: 'list' })} aria-current={search.view === 'list' ? 'page' : undefined} preventScrollReset>
          {t('map.list')}
        </Link>
        <Link to={searchUrl(lang, { ...search, view: 'map' })} aria-current={search.view === 'map' ? 'page' : undefined} preventScrollReset>
          {t('map.map')}
        </Link>
      </nav>
      {results.length === 0 ? (
        <NoResults lang={lang} search={deferred} searcher={searcher} now={now} />
      ) : search.view === 'map' ? (
        <>
          <p className="map-notice">{t('map.notice', { host: tileHost() })}</p>
          {/* Leaflet and the map code load only now; if they cannot, the list shows instead. */}
          <LazyResultsMap results={results} municipalities={catalogue.municipalities} municipality={deferred.municipality} lang={lang} renderList={renderList} />
        </>
      ) : (
        renderList()
      )}
    </section>
  );
}

function NoResults({ lang, search, searcher, now }: { lang: Language; search: SearchState; searcher: Searcher; now: Date }) {
  const { t } = useTranslation();
  const options = searcher.withoutEachFilter(search, now).filter((option) => option.count > 0);
  return (
    <div className="no-results">
      <p>{t('search.noResultsText')}</p>
      {options.length > 0 && (
        <ul className="drop-filters">
          {options.map(({ group, count }) => (
            <li key={group}>
              <Link className="button button--secondary" to={searchUrl(lang, withoutFilter(search, group))}>
                {t('search.dropFilter', { filter: t(filterFor(group).name), count })}
              </Link>
            </li>
          ))}
          <li>
            <Link className="button button--secondary" to={searchUrl(lang, EMPTY_SEARCH)}>
              {t('search.clearAll')}
            </Link>
          </li>
        </ul>
      )}
      <p>{t('search.helplinesStillThere')}</p>
      <ul className="helpline-buttons">
        {crisisData.lines.map((line) => (
          <li key={line.id}>
            <a className="button button--call" href={safeHref(line.phone.href)}>
              {line.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
