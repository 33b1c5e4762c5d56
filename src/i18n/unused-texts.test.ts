/**
 * Every interface text in nl.ts (and the pages' own, nl-provider.ts and nl-kit.ts) is used somewhere in
 * src/, so texts nobody sees do not pile up in three languages; and a page's own texts are used only on
 * that page, since other pages do not load them (i18n.ts). A key counts as used when it is written in quotes in a source file. Keys built while the
 * page runs (t(`search.contactWays.${way}`)) cannot be found that way: they are listed below with every
 * value they take, and a listed key that does not exist fails too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_WAYS } from '../catalogue/provider-facts';
import { SEARCH_FILTERS } from '../search/search-filters';
import { LANGUAGES } from './language';
import { nl } from './nl';
import { nlKit } from './nl-kit';
import { nlProvider } from './nl-provider';
import { browserSourceFiles } from '../../tests/helpers/source-files';
import { WHOLE_REGION_AREAS } from '../catalogue/provider-facts';

const BUILT_WHILE_RUNNING = [
  // no-results: t(`search.groups.${group}`), the offer to search without one filter.
  ...SEARCH_FILTERS.map((filter) => `search.groups.${filter.group}`),
  // filter-panel: t(`search.contactWays.${way}`), a tick box per contact way.
  ...CONTACT_WAYS.map((way) => `search.contactWays.${way}`),
  // site-header: t(`language.${code}`), the language choice.
  ...LANGUAGES.map((code) => `language.${code}`),
  // catalogue-status: t(`status.${state.failure}`), why the catalogue did not load (CatalogueFailure).
  'status.offline',
  'status.server',
  'status.broken',
  // provider-card: t(`result.area.${provider.area}`), the area a helpline serves (an Area other than
  // 'municipalities', which lists the municipalities' names instead).
  ...WHOLE_REGION_AREAS.map((area) => `result.area.${area}`),
];

/** Every key of a text object, dotted ("search.groups.age"); a list of texts (the days) is one key. */
function keysOf(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'object' && !Array.isArray(value) ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const SRC = join(import.meta.dirname, '..');
const textFile = (file: string) => file.startsWith(import.meta.dirname) && /\/(nl|en|fr)(-[a-z]+)?\.ts$/.test(file);
const sourceFiles = browserSourceFiles(SRC)
  .filter((file) => !textFile(file))
  .map((file) => ({ file: file.slice(SRC.length + 1), text: readFileSync(file, 'utf8') }));
const source = sourceFiles.map((file) => file.text).join('\n');
// i18next picks "results_one" or "results_other" for t('search.results', { count }).
const keysIn = (texts: object) => [...new Set(keysOf(texts).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];
const keys = [...keysIn(nl), ...keysIn(nlProvider), ...keysIn(nlKit)];
const quoted = (key: string, text: string) => new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(text);

/** A page's own texts, and the folder of the only code that may use them. */
const PAGE_TEXTS = [
  { file: 'nl-provider.ts', keys: keysIn(nlProvider), folder: 'pages/provider/' },
  { file: 'nl-kit.ts', keys: keysIn(nlKit), folder: 'pages/poster/' },
];

describe('the interface texts in nl.ts, nl-provider.ts and nl-kit.ts', () => {
  it('has keys to look for, and finds one that is used', () => {
    expect(keys).toContain('search.title');
    expect(source).toContain("'search.title'");
  });

  it('are each used somewhere in src/', () => {
    expect(keys.filter((key) => !quoted(key, source) && !BUILT_WHILE_RUNNING.includes(key))).toEqual([]);
  });

  it('of one page are used only by that page’s code: other pages show them before they are loaded', () => {
    const pageOnly = PAGE_TEXTS.flatMap((part) => part.keys);
    expect(BUILT_WHILE_RUNNING.filter((key) => pageOnly.includes(key))).toEqual([]);
    for (const { file, keys: pageKeys, folder } of PAGE_TEXTS) {
      expect(pageKeys.length, file).toBeGreaterThan(5);
      const misplaced = sourceFiles
        .filter((source) => !source.file.startsWith(folder))
        .flatMap((source) => pageKeys.filter((key) => quoted(key, source.text)).map((key) => `${source.file}: ${key} (${file})`));
      // Move such a text into nl.ts, en.ts and fr.ts (the same group and key), or the code into the page.
      expect(misplaced).toEqual([]);
    }
  });

  it('has every key that is built while running', () => {
    expect(BUILT_WHILE_RUNNING.filter((key) => !keys.includes(key))).toEqual([]);
  });
});
