import { Fragment, memo, useContext, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../i18n/use-translation';
import { AppLink } from '../../routing/app-link';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { ProviderCard, resultHeadingId } from '../../components/provider-card';
import { useHydrated } from '../../shared/use-hydrated';
import { ShareLink } from '../../components/share-link';
import type { Language } from '../../i18n/language';
import { LazyResultsMap } from '../../map/lazy-results-map';
import { tileSource } from '../../map/map-config';
import { OpeningViewContext } from '../../routing/opening-view';
import { searchUrl } from '../../routing/urls';
import { SEARCH_FILTERS, type SearchState } from '../../search/search-filters';
import type { Searcher, SearchResult } from '../../search/search-providers';
import { reachableNow } from '../../catalogue/provider-facts';
import { useNow } from '../../catalogue/use-now';
import { useTypoMatching } from '../../search/use-typo-matching';
import { useCrisisDetection } from '../../crisis/crisis-check';
import { NoResults } from './no-results';
import { resultGroups, type ResultGroup } from './result-groups';
import { useResultWindow } from './use-result-window';

/**
 * How many places were found, the list/map switch, and the results as a list or on the map. `search` is
 * the search page's deferred search, and `entryKey` its history entry: a keystroke does not render this at
 * once (memo, and no router hooks here; only the links inside, which read the location), the results follow.
 */
export const SearchResults = memo(function SearchResults({
  lang,
  search,
  entryKey,
  searcher,
  catalogue,
}: {
  lang: Language;
  search: SearchState;
  entryKey: string;
  searcher: Searcher;
  catalogue: Catalogue;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const results = useSteadyResults(searcher, search, lang, now);
  const count = t('search.results', { count: results.length });
  // Whether the catalogue has help of its own for the chosen topics, even if the words or filters left it out.
  const themesKey = search.themes.join();
  const topicsHaveOwnHelp = useMemo(
    () => catalogue.providers.some((provider) => provider.themes.some((theme) => themesKey.split(',').includes(theme))),
    [catalogue, themesKey],
  );
  const themeLabels = search.themes
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
  const listed = useResultWindow(searchUrl(lang, { ...search, view: 'list' }), results.length, entryKey);
  const renderList = () => (
    <>
      {resultGroups(results.slice(0, listed.count), topicsHaveOwnHelp).map((group) => {
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
      })}
      <ShowMore shown={listed.count} results={results} showMore={listed.showMore} />
    </>
  );

  return (
    <section id="resultaten" className="results" aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel">{results.length === 0 ? t('search.noResultsTitle') : count}</h2>
      <p className="visually-hidden" role="status">
        {results.length === 0 ? t('search.noResultsTitle') : count}
      </p>
      {/* Sharing sits with list/map, above the results: at hand, not between the results. */}
      <div className="results__tools">
        <nav className="view-switch" aria-label={t('map.switchLabel')}>
          <AppLink
            to={searchUrl(lang, { ...search, view: 'list' })}
            aria-current={search.view === 'list' ? 'page' : undefined}
            preventScrollReset
          >
            {t('map.list')}
          </AppLink>
          <AppLink
            to={searchUrl(lang, { ...search, view: 'map' })}
            aria-current={search.view === 'map' ? 'page' : undefined}
            preventScrollReset
          >
            {t('map.map')}
          </AppLink>
        </nav>
        <ShareLink compact />
      </div>
      {results.length === 0 ? (
        <NoResults lang={lang} search={search} searcher={searcher} now={now} />
      ) : search.view === 'map' ? (
        <>
          <p className="map-notice">{t('map.notice', { source: tileSource() })}</p>
          {/* Leaflet and the map code load only now; if they cannot, the list shows instead. */}
          <LazyResultsMap
            results={results}
            municipalities={catalogue.municipalities}
            municipality={search.municipality}
            lang={lang}
            renderList={renderList}
          />
        </>
      ) : (
        renderList()
      )}
    </section>
  );
});

/**
 * The results of a search. The view a page load opens with (routing/opening-view.ts) is ranked without the
 * clock: that is how its prerendered HTML shows it (catalogue/use-now.ts), so when the clock starts, right
 * after the browser takes the page over, nothing moves under the reader's eyes; only the open-now badges
 * fill in. The list and the map of a shared link agree the same way. Any other search is ranked with the
 * clock, so help that is open now comes first; so is the "open now" filter, which needs it.
 */
function useSteadyResults(searcher: Searcher, search: SearchState, lang: Language, now: Date | undefined): SearchResult[] {
  const openingView = useContext(OpeningViewContext);
  const view = searchUrl(lang, { ...search, view: 'list' });
  const ranked = now === undefined || openingView !== view || search.openNow ? now : undefined;
  // The typo matcher (fuse.js) loads after the page runs, not with the first view; when it arrives the
  // same search runs again with typo matches (search/typo-matching.ts).
  const typoMatching = useTypoMatching();
  // Crisis detection too (crisis/crisis-check.ts): with it a crisis search puts the lane's lines first.
  const crisisDetection = useCrisisDetection();
  // Once per search, clock, typo matcher and crisis detection: the list and the "Toon meer" window render
  // again without searching again.
  return useMemo(() => {
    const results = searcher.search(search, ranked);
    return ranked === now ? results : results.map((result) => ({ ...result, ...reachableNow(result.provider, now) }));
    // `view` stands for `search` (the same search, written as its URL), which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searcher, view, ranked, now, typoMatching, crisisDetection]);
}

/**
 * Below a list that does not show every result: how many it shows, and "Toon meer". The button adds the
 * next window, says so in a polite status (a screen reader hears how many were added), and moves focus
 * to the first new result, so keyboard users read on where the list went on. Before the app runs (and
 * without JavaScript) the button cannot work: it shows disabled, like the filters, under the first window.
 */
function ShowMore({ shown, results, showMore }: { shown: number; results: SearchResult[]; showMore: () => number }) {
  const { t } = useTranslation();
  const live = useHydrated();
  // What the last "Toon meer" added, for the status; only while that many are still shown.
  const [added, setAdded] = useState<{ shown: number; count: number } | undefined>(undefined);
  const total = results.length;
  const announced = added?.shown === shown ? t('search.moreShown', { count: added.count, shown, total }) : '';
  const onClick = () => {
    const firstNew = results[shown]?.provider.id;
    // At once, so the new results are in the page when focus moves to the first of them.
    flushSync(() => {
      const next = showMore();
      setAdded({ shown: next, count: next - shown });
    });
    if (firstNew) document.getElementById(resultHeadingId(firstNew))?.querySelector('a')?.focus();
  };
  return (
    <>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      {shown < total && (
        <div className="show-more">
          <p className="show-more__count">{t('search.windowShown', { shown, total })}</p>
          <button type="button" className="button button--secondary" disabled={!live} onClick={onClick}>
            {t('search.showMore')}
          </button>
        </div>
      )}
    </>
  );
}
