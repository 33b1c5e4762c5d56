/**
 * The relevance yardstick (scripts/lib/relevance.ts, scripts/relevance.ts): hits at 1 and at 5, misses
 * and ids the catalogue does not have are counted right, on the fictional catalogue and a small
 * fictional query set; and the real query list is well-formed. Whether the real list's ids exist in
 * data/ is not tested: staff may remove a provider, and the script reports it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCatalogueId } from '../../src/catalogue/catalogue-id.ts';
import { EMPTY_SEARCH } from '../../src/search/search-filters.ts';
import { createSearcher } from '../../src/search/search-providers.ts';
import { UsageError } from '../../scripts/lib/cli.ts';
import { formatReport, QUERY_KINDS, querySetProblems, scoreQuery, totalsByKind, type RelevanceQuery } from '../../scripts/lib/relevance.ts';
import { measure, NOW, readQueries } from '../../scripts/relevance.ts';
import { builtCatalogue, FIXTURE_CATALOGUE } from '../helpers/built-catalogue.ts';
import { temporaryFolder } from '../helpers/data-folder.ts';
import { REPO_ROOT, TODAY } from '../helpers/test-paths.ts';

const entry = (query: string, expect: string[], extra: Partial<RelevanceQuery> = {}): RelevanceQuery => ({
  query,
  expect,
  kind: 'everyday',
  why: 'fictief',
  ...extra,
});
const KNOWN = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']);

describe('scoring one search', () => {
  it('counts a hit at 1 when the first result is expected', () => {
    const result = scoreQuery(entry('x', ['c', 'a']), ['a', 'b'], KNOWN);
    expect(result).toMatchObject({ hitAt1: true, hitAt5: true, measured: true, unknown: [], top: ['a', 'b'] });
  });

  it('counts a hit at 5 (not at 1) for an expected provider in places 2 to 5, and a miss from place 6', () => {
    expect(scoreQuery(entry('x', ['e']), ['a', 'b', 'c', 'd', 'e', 'f'], KNOWN)).toMatchObject({ hitAt1: false, hitAt5: true });
    const sixth = scoreQuery(entry('x', ['f']), ['a', 'b', 'c', 'd', 'e', 'f'], KNOWN);
    expect(sixth).toMatchObject({ hitAt1: false, hitAt5: false, measured: true, top: ['a', 'b', 'c', 'd', 'e'] });
  });

  it('counts no results as a miss', () => {
    expect(scoreQuery(entry('x', ['a']), [], KNOWN)).toMatchObject({ hitAt1: false, hitAt5: false, measured: true });
  });

  it('reports ids the catalogue does not have apart, and judges on the others', () => {
    const result = scoreQuery(entry('x', ['weg', 'b']), ['b'], KNOWN);
    expect(result).toMatchObject({ unknown: ['weg'], measured: true, hitAt1: true });
    // An unknown id in first place cannot be a hit: only ids the catalogue has count.
    expect(scoreQuery(entry('x', ['weg']), ['weg'], KNOWN)).toMatchObject({ unknown: ['weg'], measured: false, hitAt1: false });
  });

  it('totals per kind and overall, leaving out searches that could not be measured', () => {
    const results = [
      scoreQuery(entry('1', ['a']), ['a'], KNOWN),
      scoreQuery(entry('2', ['b']), ['a', 'b'], KNOWN),
      scoreQuery(entry('3', ['c']), ['a'], KNOWN),
      scoreQuery(entry('4', ['a'], { kind: 'typo' }), ['a'], KNOWN),
      scoreQuery(entry('5', ['weg'], { kind: 'typo' }), ['a'], KNOWN),
    ];
    expect(totalsByKind(results)).toEqual([
      { kind: 'everyday', count: 3, hitsAt1: 1, hitsAt5: 2 },
      { kind: 'typo', count: 1, hitsAt1: 1, hitsAt5: 1 },
      { kind: 'all', count: 4, hitsAt1: 2, hitsAt5: 3 },
    ]);
    const report = formatReport(results).join('\n');
    expect(report).toMatch(/^everyday +3 +33\.3 % +66\.7 %$/m);
    expect(report).toMatch(/^all +4 +50\.0 % +75\.0 %$/m);
    expect(report).toContain('Misses (no expected provider in the top 5): 1\n  [everyday] "3"\n    expected: c\n    got:      a');
    expect(report).toContain('In the top 5 but not first: 1\n  [everyday] "2"');
    expect(report).toContain('"5": weg (no expected id left: not measured)');
  });
});

describe('measuring the search on the fictional catalogue', () => {
  const { catalogue, searchIndex } = builtCatalogue();
  const searcher = createSearcher(catalogue, searchIndex);
  const ranked = (query: string) => searcher.search({ ...EMPTY_SEARCH, query }, NOW).map((result) => result.provider.id);

  it('runs each search with its filters and counts hits at 1, at 5, misses and unknown ids', () => {
    // Which bullying provider comes second is the search's business; this test only needs one that does.
    const second = ranked('gepest')[1];
    expect(second).toBeDefined();
    const queries = [
      entry('ik heb een eetstoornis', ['fictieve-eetlijn']),
      entry('gepest', [second], { kind: 'sentence' }),
      // The town hall has nothing to do with eating: it cannot be among the results.
      entry('eetstoornis', ['fictief-gemeentehuis-zonhoven']),
      entry('drugs', ['fictieve-drugslijn', 'fictief-bestaat-niet']),
      // Found without a filter, but it serves Herk-de-Stad only: with Zonhoven chosen it must be gone.
      entry('geld', ['fictief-gemeentehuis-herk-de-stad'], { kind: 'place', municipality: 'zonhoven' }),
    ];
    expect(ranked('geld')).toContain('fictief-gemeentehuis-herk-de-stad');
    const { providerCount, results } = measure(FIXTURE_CATALOGUE, queries, TODAY);
    expect(providerCount).toBe(catalogue.providers.length);
    expect(results.map(({ hitAt1, hitAt5, unknown }) => ({ hitAt1, hitAt5, unknown }))).toEqual([
      { hitAt1: true, hitAt5: true, unknown: [] },
      { hitAt1: false, hitAt5: true, unknown: [] },
      { hitAt1: false, hitAt5: false, unknown: [] },
      { hitAt1: true, hitAt5: true, unknown: ['fictief-bestaat-niet'] },
      { hitAt1: false, hitAt5: false, unknown: [] },
    ]);
    expect(results[2].top).toContain('fictieve-eetlijn');
    expect(results[4].top).not.toContain('fictief-gemeentehuis-herk-de-stad');
    expect(totalsByKind(results).at(-1)).toEqual({ kind: 'all', count: 5, hitsAt1: 2, hitsAt5: 3 });
  });

  it('refuses a data folder with errors in one line', () => {
    expect(() => measure(join(REPO_ROOT, 'bestaat-niet'), [], TODAY)).toThrow(UsageError);
  });
});

describe('the fast search keeps its quality (issue 13)', () => {
  /**
   * The engine before issue 13 (commit 9414f70) on tests/relevance/fictional-queries.json, a fictional
   * query set (every kind of search) for the fictional catalogue: hits in the top 5 and in first place.
   */
  const BEFORE = { count: 41, hitsAt5: 41, hitsAt1: 40 };

  it('finds an expected provider in the top 5 at least as often as before, and first as often', () => {
    const queries = readQueries(join(REPO_ROOT, 'tests', 'relevance', 'fictional-queries.json'));
    const { results } = measure(FIXTURE_CATALOGUE, queries, TODAY);
    const all = totalsByKind(results).at(-1)!;
    expect(all.count).toBe(BEFORE.count);
    expect(all.hitsAt5).toBeGreaterThanOrEqual(BEFORE.hitsAt5);
    expect(all.hitsAt1).toBeGreaterThanOrEqual(BEFORE.hitsAt1);
  });
});

describe('reading a query file', () => {
  it('says where the JSON is broken, and what is wrong with an entry', () => {
    const dir = temporaryFolder('hulphub-relevance-');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[\n  { "query": "x", }\n]\n');
    expect(() => readQueries(broken)).toThrow(/broken\.json:2:\d+ is geen geldige JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify([{ query: 'x', expect: [], kind: 'everyday', why: 'y' }]));
    expect(() => readQueries(wrong)).toThrow('entry 1 ("x"): "expect" must list at least one provider id.');
    expect(() => readQueries(join(dir, 'missing.json'))).toThrow(UsageError);
  });

  it('names every kind of mistake in an entry', () => {
    const problems = querySetProblems([
      { query: 'a', expect: ['Awel 102'], kind: 'everyday', why: 'y' },
      { query: 'A ', expect: ['awel', 'awel'], kind: 'slang', why: '' },
      { query: '', expect: 'awel', kind: 'typo', why: 'y', municipality: 'Hasselt', age: 14.5, expected: ['x'] },
      'awel',
    ]);
    expect(problems).toEqual([
      'entry 1 ("a"): "Awel 102" is not written like a provider id.',
      'entry 2 ("A "): the same search as entry 1.',
      'entry 2 ("A "): an id appears twice in "expect".',
      `entry 2 ("A "): "kind" must be one of ${QUERY_KINDS.join(', ')}.`,
      'entry 2 ("A "): "why" must give a short reason from the sources.',
      'entry 3: "query" must be the text that is typed.',
      'entry 3: "expect" must list at least one provider id.',
      'entry 3: "municipality" must be a municipality id such as "hasselt".',
      'entry 3: "age" must be a whole number of years.',
      'entry 3: unknown field "expected".',
      'entry 4: not an object { "query": …, "expect": […], "kind": …, "why": … }.',
    ]);
    expect(querySetProblems({ queries: [] })).toHaveLength(1);
  });
});

describe('the real query list (tests/relevance/youth-queries.json)', () => {
  const list: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'relevance', 'youth-queries.json'), 'utf8'));

  it('is well-formed: known kinds, ids written like ids, every search once', () => {
    expect(querySetProblems(list)).toEqual([]);
  });

  it('has at least 150 searches, and every kind of search', () => {
    const queries = list as RelevanceQuery[];
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(QUERY_KINDS));
    expect(queries.every((query) => query.expect.length > 0 && query.expect.every(isCatalogueId))).toBe(true);
  });
});

describe('npm run relevance', { timeout: 180_000 }, () => {
  const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const run = (args: string[]) =>
    spawnSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', 'relevance.ts'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });

  it('prints the table and exits with 0 even when searches miss; 2 with one line on input it cannot read', () => {
    const dir = temporaryFolder('hulphub-relevance-');
    const queries = join(dir, 'queries.json');
    writeFileSync(
      queries,
      JSON.stringify([entry('eetstoornis', ['fictieve-eetlijn']), entry('eetstoornis nu', ['fictief-gemeentehuis-zonhoven'])]),
    );
    const ran = run(['--data', FIXTURE_CATALOGUE, '--queries', queries, '--today', TODAY]);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/^all +2 +50\.0 % +50\.0 %$/m);
    expect(ran.stdout).toContain('Misses (no expected provider in the top 5): 1');

    const json = run(['--data', FIXTURE_CATALOGUE, '--queries', queries, '--json', '--today', TODAY]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).totals.at(-1)).toEqual({ kind: 'all', count: 2, hitsAt1: 1, hitsAt5: 1 });

    writeFileSync(queries, '[ { "query": "x" ');
    const broken = run(['--data', FIXTURE_CATALOGUE, '--queries', queries, '--today', TODAY]);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toContain('is geen geldige JSON');
  });
});
