/**
 * The data files the site publishes in data/ (public/data/ in development, dist/data/ in a build), by
 * name, and reading them back: the one definition that `npm run data:build`, the site build, the
 * performance scripts and the browser tests share. The browser reads them in src/catalogue/.
 *
 * - catalogue.json: every provider, with what searching, the cards and the map need, each distinct
 *   opening-hours table once (src/catalogue/catalogue-file.ts);
 * - search-index.json: the compiled search index;
 * - details/<id>.json: per provider, what only its own page shows (catalogue-types.ts, ProviderDetails).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteData } from '../../src/catalogue/catalogue.ts';
import type { CatalogueFile, ProviderDetails } from '../../src/catalogue/catalogue-types.ts';
import { fromCatalogueFile, toCatalogueFile } from '../../src/catalogue/catalogue-file.ts';

export const CATALOGUE_FILE = 'catalogue.json';
export const SEARCH_INDEX_FILE = 'search-index.json';
export const DETAILS_DIR = 'details';

/** The files, by their path inside data/, with their content. */
export function siteDataFiles(data: SiteData): Record<string, string> {
  return {
    [CATALOGUE_FILE]: JSON.stringify(toCatalogueFile(data.catalogue)),
    [SEARCH_INDEX_FILE]: JSON.stringify(data.searchIndex),
    ...Object.fromEntries(Object.entries(data.details).map(([id, details]) => [`${DETAILS_DIR}/${id}.json`, JSON.stringify(details)])),
  };
}

/** Writes the files into a data/ folder of a built site (data:build writes public/data/ all at once instead). */
export function writeSiteData(dataDir: string, data: SiteData): void {
  for (const [file, content] of Object.entries(siteDataFiles(data))) {
    mkdirSync(dirname(join(dataDir, file)), { recursive: true });
    writeFileSync(join(dataDir, file), content);
  }
}

/** Reads the files back from a data/ folder. */
export function readSiteData(dataDir: string): SiteData {
  const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as unknown;
  const detailsDir = join(dataDir, DETAILS_DIR);
  const detailFiles = existsSync(detailsDir) ? readdirSync(detailsDir).filter((file) => file.endsWith('.json')) : [];
  return {
    catalogue: fromCatalogueFile(read(CATALOGUE_FILE) as CatalogueFile),
    searchIndex: read(SEARCH_INDEX_FILE) as SiteData['searchIndex'],
    details: Object.fromEntries(
      detailFiles.map((file) => [file.slice(0, -'.json'.length), read(`${DETAILS_DIR}/${file}`) as ProviderDetails]),
    ),
  };
}
