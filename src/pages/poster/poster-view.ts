/**
 * What a school kit poster points to: the view a teacher picks (topics, a municipality, an age, a
 * language) as a search, its link, and how the poster names it. The link is the search page's own URL
 * (routing/urls.ts), so the QR code opens exactly what the search would show for these choices.
 */
import type { Catalogue } from '../../catalogue/catalogue-types';
import type { Language } from '../../i18n/language';
import { searchUrl } from '../../routing/urls';
import { EMPTY_SEARCH, type SearchState } from '../../search/search-filters';
import { viewName } from '../page-meta';

export interface PosterChoice {
  themes: string[];
  municipality?: string;
  age?: number;
  /** The language of the poster and of the page its code opens. */
  lang: Language;
}

export function posterSearch(choice: PosterChoice): SearchState {
  return { ...EMPTY_SEARCH, themes: choice.themes, municipality: choice.municipality, age: choice.age };
}

/** The view's path on the site: "/thema/pesten/zonhoven", "/en?thema=pesten&thema=rouw&leeftijd=15". */
export function posterPath(choice: PosterChoice): string {
  return searchUrl(choice.lang, posterSearch(choice));
}

/**
 * The link for the QR code (the whole address) and for people to type (no "https://", and no "/" after
 * the host when the view is the start page): "hulphub.example/thema/pesten/zonhoven".
 */
export function posterLink(origin: string, choice: PosterChoice): { href: string; readable: string } {
  const path = posterPath(choice);
  const { host } = new URL(origin);
  return { href: `${origin}${path}`, readable: `${host}${path === '/' ? '' : path}` };
}

/**
 * The view in one line, in the poster's language, named as the search page names it in the browser tab
 * ("Pesten · Zonhoven"); empty when the poster is for all help. The age is added by the poster, in words.
 */
export function posterViewName(choice: PosterChoice, catalogue: Catalogue): string {
  return viewName(posterSearch(choice), catalogue, choice.lang) ?? '';
}
