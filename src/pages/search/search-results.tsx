import { Fragment, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { ProviderCard } from '../../components/provider-card';
import { ShareLink } from '../../components/share-link';
import type { Language } from '../../i18n/language';
import { LazyResultsMap } from '../../map/lazy-results-map';
import { tileSource } from '../../map/map-config';
import { searchUrl } from '../../routing/urls';
import { SEARCH_FILTERS, type SearchState } from '../../search/search-filters';
import type { Searcher } from '../../search/search-providers';
import { useNow } from '../../components/use-now';
import { NoResults } from './no-results';
import { resultGroups, type ResultGroup } from './result-groups';

/** How many places were found, the list/map switch, and the results as a list or on the map. */
export function SearchResults({
  lang,
  search,
  searcher,
  catalogue,
}: {
  lang: Language;
  search: SearchState;
  searcher: Searcher;
  catalogue: Catalogue;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const deferred = useDeferredValue(search);
  const results = searcher.search(deferred, now);
  const count = t('search.results', { count: results.length });
  // Whether the catalogue has help of its own for the chosen topics, even if the words or filters left it out.
  const topicsHaveOwnHelp = catalogue.providers.some((provider) => provider.themes.some((theme) => deferred.themes.includes(theme)));
  const themeLabels = deferred.themes
    .map((id) => catalogue.themes.find((theme) => theme.id === id)?.label[lang])
    .filter(Boolean)
    .join(', ');
  /** What the young person should know about a group of results, above it; none for the help that fits. */
  const groupTitle = (group: ResultGroup) => {
    if (group.kind === 'fits') return undefined;
    if (group.kind === 'anyQuestion') return group.alone ? t('search.noSpecialist', { themes: themeLabels }) : t('search.anyQuestion');
    const notes = group.unknown.map((group) => SEARCH_FILTERS.find((filter) => filter.group === group)?.unknownNote);
    return [...notes.filter((note) => note !== undefined).map((note) => t(note)), t('search.unknownFit.ask')].join(' ');
  };
  const renderList = () =>
    resultGroups(results, topicsHaveOwnHelp).map((group) => {
      const title = groupTitle(group);
      return (
        <Fragment key={group.kind + ('unknown' in group ? group.unknown.join() : '')}>
          {/* A note, not a heading: the cards' names are the headings a screen reader jumps between. */}
          {title && <p className="result-group-title">{title}</p>}
          <ul className="result-list">
            {group.results.map(({ provider, open, holidayUncertain }) => (
              <ProviderCard key={provider.id} provider={provider} open={open} holidayUncertain={holidayUncertain} lang={lang} />
            ))}
          </ul>
        </Fragment>
      );
    });

  return (
    <section id="resultaten" className="results" aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel">{results.length === 0 ? t('search.noResultsTitle') : count}</h2>
      <p className="visually-hidden" role="status">
        {results.length === 0 ? t('search.noResultsTitle') : count}
      </p>
      {/* Sharing sits with list/map, above the results: at hand, not between the results. */}
      <div className="results__tools">
        <nav className="view-switch" aria-label={t('map.switchLabel')}>
          <Link
            to={searchUrl(lang, { ...search, view: 'list' })}
            aria-current={search.view === 'list' ? 'page' : undefined}
            preventScrollReset
          >
            {t('map.list')}
          </Link>
          <Link
            to={searchUrl(lang, { ...search, view: 'map' })}
            aria-current={search.view === 'map' ? 'page' : undefined}
            preventScrollReset
          >
            {t('map.map')}
          </Link>
        </nav>
        <ShareLink compact />
      </div>
      {results.length === 0 ? (
        <NoResults lang={lang} search={deferred} searcher={searcher} now={now} />
      ) : search.view === 'map' ? (
        <>
          <p className="map-notice">{t('map.notice', { source: tileSource() })}</p>
          {/* Leaflet and the map code load only now; if they cannot, the list shows instead. */}
          <LazyResultsMap
            results={results}
            municipalities={catalogue.municipalities}
            municipality={deferred.municipality}
            lang={lang}
            renderList={renderList}
          />
        </>
      ) : (
        renderList()
      )}
    </section>
  );
}
