/**
 * The crisis lane's lines and the words that signal a crisis, written by `npm run data:build` into
 * src/generated/ and bundled into the page, so they work even when the catalogue cannot load.
 */
import type { CatalogueProvider } from '../catalogue/catalogue-types';
import generated from '../generated/crisis-lane.json';

export interface CrisisData {
  lines: CatalogueProvider[];
  crisisPhrases: string[];
}

export const crisisData = generated as CrisisData;
