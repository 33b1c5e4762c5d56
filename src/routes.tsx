/**
 * The app's pages. There is one route: the layout reads the whole URL through routing/urls.ts and shows
 * the right page inside it (so no route table is needed). Keeping one route means the search page is not
 * rebuilt when a filter moves a value between path and query, so focus stays where the young person left it.
 *
 * The layout: header, the page the URL asks for, and the crisis lane: at the bottom, or right under the
 * search box when a search sounds like a crisis.
 */
import { Component, createElement, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { TextsProvider } from './i18n/use-translation';
import { useLocation } from 'react-router';
import { useCrisisDetection } from './crisis/crisis-check';
import { crisisData } from './crisis/crisis-data';
import { CrisisLane } from './crisis/crisis-lane';
import { searchSoundsLikeCrisis } from './crisis/search-sounds-like-crisis';
import { i18nFor } from './i18n/i18n';
import { useQuickExitShortcut } from './layout/quick-exit';
import { useScrollOnNavigation } from './layout/scroll-on-navigation';
import { SiteFooter } from './layout/site-footer';
import { SiteHeader } from './layout/site-header';
import { StaticShell } from './layout/static-shell';
import { NotFoundPage } from './pages/not-found-page';
import { pageMeta } from './pages/page-meta';
import { useDocumentTitle } from './pages/use-document-title';
import { useCatalogue } from './catalogue/catalogue-context';
import { homeUrl, languageUrls, parseUrl, posterUrl, type Page } from './routing/urls';
import { loadedPage } from './view-code';

/** The pages inside a router (app-router.tsx in the browser, StaticRouter in the prerender). */
export function AppRoutes() {
  const location = useLocation();
  return (
    <PageErrorBoundary lang={parseUrl(location.pathname, location.search).lang} locationKey={location.key}>
      <AppLayout />
    </PageErrorBoundary>
  );
}

/**
 * If a page ever breaks, the header with quick exit and the crisis lane still show. Another location (a
 * link in that header, Back) renders the page again, as React Router's errorElement did.
 */
interface BoundaryProps {
  lang: Page['lang'];
  locationKey: string;
  children: ReactNode;
}
interface BoundaryState {
  failed: boolean;
  locationKey: string;
}
class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false, locationKey: this.props.locationKey };
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.locationKey === state.locationKey ? null : { failed: false, locationKey: props.locationKey };
  }
  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }
  render() {
    if (this.state.failed) return <StaticShell lines={crisisData.lines} message="pageError" inApp lang={this.props.lang} />;
    return this.props.children;
  }
}

function AppLayout() {
  const location = useLocation();
  const page = parseUrl(location.pathname, location.search);
  const { lang } = page;
  const i18n = i18nFor(lang);
  const t = i18n.t;
  // Renders again when crisis detection arrives: until then a search with words has the lane up.
  useCrisisDetection();
  const urgent = page.kind === 'search' && searchSoundsLikeCrisis(page.search.query);
  useQuickExitShortcut();
  useScrollOnNavigation();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useFocusOnNewPage(page.kind === 'provider' ? `provider:${page.id}` : page.kind);
  const { state } = useCatalogue();
  useDocumentTitle(pageMeta(page, state.status === 'ready' ? state.data.catalogue : undefined, t).title);

  // The language links carry the search words: they follow a keystroke a moment later, with the results,
  // so a key does not render the header (memoised) again.
  const linkLocation = useDeferredValue(location);
  const languageHrefs = useMemo(
    () => languageUrls(linkLocation.pathname, linkLocation.search),
    [linkLocation.pathname, linkLocation.search],
  );
  const lane = <CrisisLane lines={crisisData.lines} t={t} lang={lang} urgent={urgent} />;

  return (
    <TextsProvider i18n={i18n}>
      <SiteHeader
        t={t}
        lang={lang}
        homeHref={homeUrl(lang)}
        languageHrefs={languageHrefs}
        crisisLines={crisisData.lines}
        inApp
        skipToResults={page.kind === 'search'}
      />
      {/* page--kit: the school kit prints only its poster (poster.css hides the lane and footer after it). */}
      <main id="inhoud" className={page.kind === 'poster' ? 'page page--kit' : 'page'} tabIndex={-1}>
        {/* Each page is a chunk of its own (view-code.ts), loaded before it renders: the component
            loadedPage returns is always the same one. */}
        {page.kind === 'search' &&
          createElement(loadedPage('search'), {
            lang,
            search: page.search,
            entryKey: location.key,
            crisisLane: urgent ? lane : undefined,
          })}
        {page.kind === 'provider' && createElement(loadedPage('provider'), { lang, id: page.id })}
        {page.kind === 'poster' && createElement(loadedPage('poster'), { lang })}
        {page.kind === 'not-found' && <NotFoundPage lang={lang} />}
      </main>
      {!urgent && lane}
      <SiteFooter t={t} kitHref={posterUrl(lang)} />
    </TextsProvider>
  );
}

/**
 * When another page opens (not when a filter changes), move focus to the main content so keyboard and
 * screen-reader users start reading the new page, as after a full page load.
 */
function useFocusOnNewPage(pageKey: string) {
  const previous = useRef(pageKey);
  useEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    // preventScroll: the page's scroll position is set by useScrollOnNavigation (top, or where Back left it).
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [pageKey]);
}
