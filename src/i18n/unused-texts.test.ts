/**
 * Every interface text in nl.ts is used somewhere in src/, so texts nobody sees do not pile up in three
 * languages. A key counts as used when it is written in quotes in a source file. Keys built while the
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

const TEXT_FILES = ['nl.ts', 'en.ts', 'fr.ts'].map((name) => join(import.meta.dirname, name));
const source = browserSourceFiles(join(import.meta.dirname, '..'))
  .filter((file) => !TEXT_FILES.includes(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
// i18next picks "results_one" or "results_other" for t('search.results', { count }).
const keys = [...new Set(keysOf(nl).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

describe('the interface texts in nl.ts', () => {
  it('has keys to look for, and finds one that is used', () => {
    expect(keys).toContain('search.title');
    expect(source).toContain("'search.title'");
  });

  it('are each used somewhere in src/', () => {
    const quoted = (key: string) => new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(source);
    expect(keys.filter((key) => !quoted(key) && !BUILT_WHILE_RUNNING.includes(key))).toEqual([]);
  });

  it('has every key that is built while running', () => {
    expect(BUILT_WHILE_RUNNING.filter((key) => !keys.includes(key))).toEqual([]);
  });
});
