/**
 * Hours in the bundled crisis lane, and until when they may be shown. Kept apart from crisis-data.ts,
 * which imports the generated bundle: the build renders the lane (static shell) before that file exists.
 */
import type { WeeklyHours } from '../catalogue/catalogue-types';

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
