/**
 * Whether a search sounds like a crisis, by the built-in patterns and the data's crisis words: the page
 * then shows the crisis lane, with warm words, right under the search box.
 *
 * A module apart from the lane's lines (crisis-data.ts): only the search page has a search, so the
 * patterns (about 9 KB gzip) load with it (src/view-code.ts), always before a search page renders,
 * and pages without a search box (a provider's page, the school kit) do not download them.
 */
import { crisisData } from './crisis-data';
import { looksLikeCrisis } from './crisis-detection';

export function searchSoundsLikeCrisis(query: string): boolean {
  return looksLikeCrisis(query, crisisData.crisisPhrases);
}
