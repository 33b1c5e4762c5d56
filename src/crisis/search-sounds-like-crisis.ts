/**
 * Whether a search sounds like a crisis, by the built-in patterns and the data's crisis words: the page
 * then shows the crisis lane, with warm words, right under the search box.
 */
import { crisisData } from './crisis-data';
import { crisisDetector } from './crisis-check';
import type { detectCrisis } from './crisis-detection';

export function searchSoundsLikeCrisis(query: string): boolean {
  return soundsLikeCrisisWith(crisisDetector(), query);
}

/**
 * `detect` is the loaded detector (crisis-check.ts). Without it (the first moments, or it could not
 * download) a search with words sounds like a crisis: the lane comes up rather than wait for the check.
 */
export function soundsLikeCrisisWith(detect: typeof detectCrisis | undefined, query: string): boolean {
  if (query.trim() === '') return false;
  return detect ? detect(query, crisisData.crisisPhrases).crisis : true;
}
