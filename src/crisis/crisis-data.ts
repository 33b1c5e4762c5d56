/**
 * The crisis lane's lines and the words that signal a crisis, written by `npm run data:build` into
 * src/generated/ and bundled into the page, so they work even when the catalogue cannot load. Each line
 * holds only what the lane and the header show, so the bundle stays small whatever the data says.
 */
import type { LocalizedText } from '../catalogue/catalogue-types';
import type { LaneHours } from './lane-hours';
import generated from '../generated/crisis-lane.json';

export interface CrisisLine {
  id: string;
  name: string;
  summary: LocalizedText;
  /** The number the lane dials: always the one fixed in crisis-lane-definition.ts. */
  phone: { display: string; href: string } & LaneHours;
  chat?: { href: string } & LaneHours;
}

export interface CrisisData {
  lines: CrisisLine[];
  crisisPhrases: string[];
}

export const crisisData = generated as CrisisData;

// Whether a search sounds like a crisis: search-sounds-like-crisis.ts, with the detection loaded after the first view (crisis-check.ts).
