/**
 * The crisis lane's lines and the words that signal a crisis, written by `npm run data:build` into
 * src/generated/ and bundled into the page, so they work even when the catalogue cannot load. Each line
 * holds only what the lane and the header show, so the bundle stays small whatever the data says.
 */
import type { LocalizedText, WeeklyHours } from '../catalogue/catalogue-types';
import generated from '../generated/crisis-lane.json';
import { looksLikeCrisis } from './crisis-detection';

export interface CrisisLine {
  id: string;
  name: string;
  summary: LocalizedText;
  /** The number the lane dials: always the one fixed in crisis-lane-definition.ts. */
  phone: { display: string; href: string } & LaneHours;
  chat?: { href: string } & LaneHours;
}

export interface LaneHours {
  hours?: WeeklyHours;
  /**
   * The last day (YYYY-MM-DD) these hours may be shown: 3 years after their newest source (fact-age.ts).
   * Absent for hours fixed in code (an always-open line's number). The bundle outlives the build.
   */
  hoursUntil?: string;
}

/** A way's hours, unless they have grown too old since the build (then the lane shows no hours for it). */
export function currentLaneHours(way: LaneHours | undefined, today: string): WeeklyHours | undefined {
  if (!way?.hours) return undefined;
  return way.hoursUntil !== undefined && today > way.hoursUntil ? undefined : way.hours;
}

export interface CrisisData {
  lines: CrisisLine[];
  crisisPhrases: string[];
}

export const crisisData = generated as CrisisData;

/**
 * Whether a search sounds like a crisis, by the built-in patterns and the data's crisis words: the page
 * then shows the crisis lane, with warm words, right under the search box.
 */
export function searchSoundsLikeCrisis(query: string): boolean {
  return looksLikeCrisis(query, crisisData.crisisPhrases);
}
