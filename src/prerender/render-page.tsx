/**
 * Renders one page of the site to HTML at build time, with the same components, router and catalogue
 * state the browser then takes over (main.tsx hydrates it). Built by Vite as a server bundle and run by
 * scripts/lib/prerender.ts; never part of the browser's bundle.
 */
// The prerender writes pages in every language: all three languages' texts at once.
import '../i18n/all-languages';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { LoadedCatalogue, SiteData } from '../catalogue/catalogue';
import { rememberProviderDetails } from '../catalogue/provider-details';
import { CatalogueProvider } from '../catalogue/catalogue-context';
import { HydratedProvider } from '../shared/use-hydrated';
import { markOldFacts } from '../catalogue/old-facts';
import { BUILD_DAY } from '../catalogue/use-now';
import { i18nFor } from '../i18n/i18n';
import { pageMeta, type PageMeta } from '../pages/page-meta';
import { AppRoutes } from '../routes';
import { languageUrls, type Page } from '../routing/urls';
import { prepareView } from '../view-code';
import { searcherFor } from '../search/search-providers';
import { SITE_URL } from '../shared/site-origin';

export { sitePages, htmlFileOf } from './site-pages';
export { CATALOGUE_VERSION_ATTRIBUTE, PRERENDERED_ATTRIBUTE } from './prerendered-path';
export { BUILD_DAY } from '../catalogue/use-now';
export { SITE_URL } from '../shared/site-origin';
export { viewChunkSources } from '../view-code';

export interface RenderedPage {
  /** What goes inside the root element. */
  html: string;
  meta: PageMeta;
  /** The same page in each language (paths), for hreflang. */
  languages: Record<string, string>;
  /** The subtitle of the page's preview image, in its language. */
  previewSubtitle: string;
}

const shownCatalogues = new WeakMap<LoadedCatalogue, LoadedCatalogue>();
/** The site data whose details the view code has (rememberProviderDetails), once per build. */
const handedOver = new WeakSet<SiteData>();

/** The catalogue as the pages show it (facts dated on the build day), made once for all pages. */
function asShown(loaded: LoadedCatalogue): LoadedCatalogue {
  let shown = shownCatalogues.get(loaded);
  if (!shown) {
    shown = { ...loaded, catalogue: markOldFacts(loaded.catalogue, BUILD_DAY) };
    shownCatalogues.set(loaded, shown);
  }
  return shown;
}

export async function renderPage(path: string, page: Page, loaded: SiteData): Promise<RenderedPage> {
  const url = new URL(path, SITE_URL);
  // Every provider's details are here: the view finds them instead of downloading them.
  if (!handedOver.has(loaded)) {
    rememberProviderDetails(loaded.details);
    handedOver.add(loaded);
  }
  // The page's lazy code (its page chunk), as the browser loads it before taking the page over.
  await prepareView(url.pathname, url.search);
  const html = renderToString(
    <HydratedProvider hydrating>
      <CatalogueProvider loaded={loaded}>
        <StaticRouter location={{ pathname: url.pathname, search: url.search, hash: '', key: 'default' }}>
          <AppRoutes />
        </StaticRouter>
      </CatalogueProvider>
    </HydratedProvider>,
  );
  const t = i18nFor(page.lang).t;
  const shown = asShown(loaded);
  const count = page.kind === 'search' ? searcherFor(shown).search(page.search, undefined).length : undefined;
  return {
    html,
    meta: pageMeta(page, shown.catalogue, t, count),
    languages: languageUrls(path, ''),
    previewSubtitle: t('meta.preview.subtitle'),
  };
}
