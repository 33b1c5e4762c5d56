/**
 * Measuring the search against a list of searches young people type, each with the providers a youth
 * worker would accept among the first five results (tests/relevance/youth-queries.json, README there).
 * This module reads and checks such a list and scores ranked results against it; scripts/relevance.ts
 * runs the real search and prints. Kept apart from the search so it can be tested on fictional data.
 */
import { isCatalogueId } from '../../src/catalogue/catalogue-id.ts';
import { asObject, asString } from './loose-json.ts';

/** The kinds of search in the list, in the order the table prints them. */
export const QUERY_KINDS = ['everyday', 'youth-words', 'typo', 'sentence', 'english', 'french', 'place', 'crisis'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** How many results count as "found": about what a phone shows without scrolling. */
export const TOP = 5;

export interface RelevanceQuery {
  query: string;
  /** Provider ids a youth worker would accept in the top 5. */
  expect: string[];
  kind: QueryKind;
  why: string;
  /** Searched with this municipality filter set. */
  municipality?: string;
  /** Searched with this age filter set. */
  age?: number;
}

/** The fields of an entry; another one is a typo ("expected") that would otherwise be ignored silently. */
const FIELDS = new Set(['query', 'expect', 'kind', 'why', 'municipality', 'age']);

/**
 * What is wrong with a query list (not JSON-parsed here), one line per problem naming the entry; empty
 * when it is well-formed. Whether the ids exist in a catalogue is not checked: staff may remove a
 * provider, and the score reports such ids apart.
 */
export function querySetProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['The file must hold a list: [ { "query": …, "expect": […], "kind": …, "why": … }, … ].'];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  value.forEach((item, index) => {
    const at = `entry ${index + 1}`;
    const entry = asObject(item);
    if (!entry) return problems.push(`${at}: not an object { "query": …, "expect": […], "kind": …, "why": … }.`);
    const query = asString(entry.query);
    const name = query ? `${at} ("${query}")` : at;
    if (!query || query.trim() === '') problems.push(`${at}: "query" must be the text that is typed.`);
    else {
      const key = query.trim().toLowerCase();
      if (seen.has(key)) problems.push(`${name}: the same search as entry ${seen.get(key)! + 1}.`);
      else seen.set(key, index);
    }
    const expect = entry.expect;
    if (!Array.isArray(expect) || expect.length === 0) problems.push(`${name}: "expect" must list at least one provider id.`);
    else {
      for (const id of expect) {
        if (typeof id !== 'string' || !isCatalogueId(id))
          problems.push(`${name}: ${JSON.stringify(id)} is not written like a provider id.`);
      }
      if (new Set(expect).size !== expect.length) problems.push(`${name}: an id appears twice in "expect".`);
    }
    if (!QUERY_KINDS.includes(entry.kind as QueryKind)) problems.push(`${name}: "kind" must be one of ${QUERY_KINDS.join(', ')}.`);
    if (!asString(entry.why)?.trim()) problems.push(`${name}: "why" must give a short reason from the sources.`);
    if (entry.municipality !== undefined && !(typeof entry.municipality === 'string' && isCatalogueId(entry.municipality))) {
      problems.push(`${name}: "municipality" must be a municipality id such as "hasselt".`);
    }
    if (entry.age !== undefined && !(Number.isInteger(entry.age) && (entry.age as number) >= 0 && (entry.age as number) <= 120)) {
      problems.push(`${name}: "age" must be a whole number of years.`);
    }
    for (const key of Object.keys(entry)) if (!FIELDS.has(key)) problems.push(`${name}: unknown field "${key}".`);
  });
  return problems;
}

export interface QueryResult {
  entry: RelevanceQuery;
  /** The ids of the first results, best first (at most TOP). */
  top: string[];
  /** Expected ids the catalogue does not have: a problem with the list, not with the search. */
  unknown: string[];
  /** False when none of the expected ids is in the catalogue: the search cannot be judged on it. */
  measured: boolean;
  hitAt1: boolean;
  hitAt5: boolean;
}

/**
 * Scores one search. `ranked` is the search's result ids, best first. Ids unknown to the catalogue are
 * left out of the judgement and reported; a search whose every id is unknown is not measured at all,
 * rather than counted as a miss the search could not avoid.
 */
export function scoreQuery(entry: RelevanceQuery, ranked: readonly string[], catalogueIds: ReadonlySet<string>): QueryResult {
  const unknown = entry.expect.filter((id) => !catalogueIds.has(id));
  const expected = new Set(entry.expect.filter((id) => catalogueIds.has(id)));
  const top = ranked.slice(0, TOP);
  const measured = expected.size > 0;
  return {
    entry,
    top,
    unknown,
    measured,
    hitAt1: measured && top.length > 0 && expected.has(top[0]),
    hitAt5: measured && top.some((id) => expected.has(id)),
  };
}

export interface KindTotal {
  /** A query kind, or "all" for the whole list. */
  kind: QueryKind | 'all';
  /** Searches measured (those whose expected ids are all unknown are not counted). */
  count: number;
  hitsAt1: number;
  hitsAt5: number;
}

/** Totals per kind that occurs in the results, in QUERY_KINDS order, then the whole list as "all". */
export function totalsByKind(results: readonly QueryResult[]): KindTotal[] {
  const total = (kind: KindTotal['kind'], list: readonly QueryResult[]): KindTotal => {
    const measured = list.filter((result) => result.measured);
    return {
      kind,
      count: measured.length,
      hitsAt1: measured.filter((result) => result.hitAt1).length,
      hitsAt5: measured.filter((result) => result.hitAt5).length,
    };
  };
  const kinds = QUERY_KINDS.filter((kind) => results.some((result) => result.entry.kind === kind));
  return [
    ...kinds.map((kind) =>
      total(
        kind,
        results.filter((result) => result.entry.kind === kind),
      ),
    ),
    total('all', results),
  ];
}

/** A share as a percentage with one decimal, or "–" when nothing was measured. */
export function percent(hits: number, count: number): string {
  return count === 0 ? '–' : `${((hits / count) * 100).toFixed(1)} %`;
}

/** The search as typed, with the filters it was run with: `"gepest" (municipality diepenbeek, age 14)`. */
export function describeSearch(entry: RelevanceQuery): string {
  const filters = [entry.municipality && `municipality ${entry.municipality}`, entry.age !== undefined && `age ${entry.age}`].filter(
    Boolean,
  );
  return `"${entry.query}"${filters.length ? ` (${filters.join(', ')})` : ''}`;
}

/** The printed report: the table, the misses, the searches found but not first, and ids not in the catalogue. */
export function formatReport(results: readonly QueryResult[]): string[] {
  const lines: string[] = [];
  lines.push(`${'kind'.padEnd(13)} ${'searches'.padStart(8)} ${'top-1'.padStart(8)} ${'top-5'.padStart(8)}`);
  for (const row of totalsByKind(results)) {
    if (row.kind === 'all') lines.push('-'.repeat(40));
    lines.push(
      `${row.kind.padEnd(13)} ${String(row.count).padStart(8)} ${percent(row.hitsAt1, row.count).padStart(8)} ${percent(row.hitsAt5, row.count).padStart(8)}`,
    );
  }
  const measured = results.filter((result) => result.measured);
  const misses = measured.filter((result) => !result.hitAt5);
  const notFirst = measured.filter((result) => result.hitAt5 && !result.hitAt1);
  const show = (title: string, list: readonly QueryResult[]) => {
    lines.push('', `${title}: ${list.length}`);
    for (const { entry, top } of list) {
      lines.push(`  [${entry.kind}] ${describeSearch(entry)}`);
      lines.push(`    expected: ${entry.expect.join(', ')}`);
      lines.push(`    got:      ${top.length ? top.join(', ') : '(no results)'}`);
    }
  };
  show(`Misses (no expected provider in the top ${TOP})`, misses);
  show(`In the top ${TOP} but not first`, notFirst);
  const unknown = results.filter((result) => result.unknown.length > 0);
  lines.push('', `Expected ids that are not in the catalogue (removed or renamed? fix the list): ${unknown.length === 0 ? 'none' : ''}`);
  for (const { entry, unknown: ids, measured: isMeasured } of unknown) {
    lines.push(`  ${describeSearch(entry)}: ${ids.join(', ')}${isMeasured ? '' : ' (no expected id left: not measured)'}`);
  }
  return lines;
}
