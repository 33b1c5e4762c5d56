/**
 * What a page is called and how it describes itself: the browser tab's title (set by the running app),
 * and the <title>, description and link-preview texts the build writes into each prerendered page
 * (scripts/lib/prerender.ts). One function for both, so a shared link, a search engine and the tab agree.
 */
import type { TFunction } from 'i18next';
import type { Catalogue } from '../catalogue/catalogue-types';
import { getProvider } from '../catalogue/catalogue';
import { pickText } from '../catalogue/localized-text';
import { municipalityName } from '../catalogue/municipality-name';
import type { Language } from '../i18n/language';
import type { Page } from '../routing/urls';
import { EMPTY_SEARCH, type SearchState } from '../search/search-filters';

export const SITE_NAME = 'Hulp HUB';

export interface PageMeta {
  /** The document's <title>. */
  title: string;
  /** The meta description and link-preview text. */
  description: string;
  /** The page's name on its link-preview image: "Pesten · Zonhoven", a provider's name. */
  name: string;
}

/**
 * The page's title and description. `catalogue` is undefined while it loads (the title is then the site's
 * name); `resultCount` is how many results a search view shows, for its description.
 */
export function pageMeta(page: Page, catalogue: Catalogue | undefined, t: TFunction, resultCount?: number): PageMeta {
  const { lang } = page;
  const named = (name: string, description: string): PageMeta => ({ title: `${name} – ${SITE_NAME}`, description, name });
  if (page.kind === 'not-found') return named(t('notFound.title'), t('meta.home.description'));
  if (page.kind === 'poster') return named(t('kit.title'), t('meta.kit.description'));
  if (page.kind === 'provider') {
    const provider = catalogue && getProvider(catalogue, page.id);
    if (!provider) return catalogue ? named(t('provider.notFoundTitle'), t('meta.home.description')) : home(t);
    return named(provider.name, pickText(provider.summary, lang).text);
  }
  const name = viewName(page.search, catalogue, lang);
  if (!name) return isHome(page.search) ? home(t) : named(t('search.title'), t('meta.home.description'));
  const place = municipalityName(catalogue?.municipalities ?? [], page.search.municipality) ?? t('meta.region');
  return named(name, t('meta.view.description', { view: name, place, count: resultCount ?? 0 }));
}

function home(t: TFunction): PageMeta {
  return { title: t('meta.home.title'), description: t('meta.home.description'), name: t('meta.home.name') };
}

/** Nothing searched or chosen: the start page. */
function isHome(search: SearchState): boolean {
  return searchUrlKey(search) === searchUrlKey(EMPTY_SEARCH);
}

function searchUrlKey(search: SearchState): string {
  return JSON.stringify({ ...search, view: 'list' });
}

/** "Pesten · Zonhoven" for the chosen themes and municipality; undefined when none is chosen. */
export function viewName(search: SearchState, catalogue: Catalogue | undefined, lang: Language): string | undefined {
  if (!catalogue) return undefined;
  const themes = catalogue.themes.filter((theme) => search.themes.includes(theme.id)).map((theme) => theme.label[lang]);
  const municipality = municipalityName(catalogue.municipalities, search.municipality);
  const parts = [...themes, ...(municipality ? [municipality] : [])];
  return parts.length ? parts.join(' · ') : undefined;
}
