/**
 * The open data published with the site: the catalogue as a spreadsheet and in Open Referral's HSDS 3.0,
 * written by `npm run data:build` beside the catalogue (scripts/lib/open-data/), linked from the footer.
 * One place for the file names, so the links and the files cannot drift apart.
 */

/** Inside the site's data folder (public/data/ while building, /data/ on the site). */
export const OPEN_DATA_FILES = {
  spreadsheet: 'open-data/hulphub-aanbieders.csv',
  hsdsServices: 'open-data/hsds/services.json',
  hsdsTables: 'open-data/hsds/tabular.json',
} as const;

/**
 * CC BY 4.0: anyone may reuse the data, also commercially, if they name the source. Naming Hulp HUB and
 * its date keeps a reused phone number traceable to where it was checked and how to report a mistake.
 */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  /** The licence's text in the page's language is the text `app.openDataLicenceUrl`. */
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** A file's address on the site. Also used where Vite's env is absent (the static shell is rendered in Node). */
export function openDataUrl(file: string): string {
  return `${import.meta.env?.BASE_URL ?? '/'}data/${file}`;
}
