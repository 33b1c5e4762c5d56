/**
 * "Terug naar de lijst" on a provider page goes back to the exact list the young person came from:
 * the result links carry that list's URL in the history entry's state (not in the URL, so a shared
 * provider link stays clean, and not in storage). A page opened from a shared link has no list behind
 * it and goes to the start. The list is rebuilt in the page's language, so switching language on the
 * provider page keeps the way back.
 */
import { useLocation } from 'react-router';
import type { Language } from '../i18n/language';
import { homeUrl, parseUrl, searchUrl } from './urls';

/** What a result link puts in the history entry of the provider page it opens. */
export interface FromListState {
  fromList: string;
}

/** The state a link to a provider page carries: the list on screen now. */
export function useFromListState(): FromListState {
  const location = useLocation();
  return { fromList: `${location.pathname}${location.search}` };
}

/** Where "Terug naar de lijst" goes: the list this page was opened from, in `lang`, or the start page. */
export function backToListUrl(lang: Language, state: unknown): string {
  const fromList = (state as Partial<FromListState> | null)?.fromList;
  if (typeof fromList !== 'string' || !fromList.startsWith('/')) return homeUrl(lang);
  const url = new URL(fromList, 'https://hulphub.invalid');
  const page = parseUrl(url.pathname, url.search);
  return page.kind === 'search' ? searchUrl(lang, page.search) : homeUrl(lang);
}
