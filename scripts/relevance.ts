/**
 * `npm run relevance [-- --data DIR --queries FILE --json]`
 * Runs every search of tests/relevance/youth-queries.json on the catalogue built from DIR (data/ by
 * default), the way the app builds and searches it, and prints top-1 and top-5 hit rates per kind of
 * search, then the misses with what the search returned, then expected ids the catalogue does not have.
 * `--misses` (the default) prints that report; `--json` prints the same results for a program.
 * A measurement, not a test: it exits with 0 whenever it ran, and with 2 when it could not read its input.
 */
import { readFileSync } from 'node:fs';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { BuildRefusal } from './lib/build-refusal.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { parseJsonSource } from './lib/json-source.ts';
import { printable } from './lib/problems.ts';
import { formatReport, querySetProblems, scoreQuery, totalsByKind, TOP, type RelevanceQuery } from './lib/relevance.ts';
import { dateInBelgium } from '../src/catalogue/staleness.ts';
import { markOldFacts } from '../src/catalogue/old-facts.ts';
import { createSearcher } from '../src/search/search-providers.ts';
import { EMPTY_SEARCH } from '../src/search/search-filters.ts';
import { loadTypoMatching } from '../src/search/typo-matching.ts';
import { loadCrisisDetection } from '../src/crisis/crisis-check.ts';

// The browser loads the typo matcher lazily; every search measured here uses it, as the app's searches do once it is loaded.
await loadTypoMatching();
await loadCrisisDetection();

/**
 * The moment every search runs at: a Wednesday at 15:00 in Belgium (14:00 UTC in winter time), no public
 * holiday. Fixed, so "open now" orders the results the same on every run.
 */
export const NOW = new Date('2026-11-18T14:00:00Z');
const NOW_TEXT = 'Wednesday 18 November 2026, 15:00 in Belgium';
const DEFAULT_QUERIES = 'tests/relevance/youth-queries.json';

/** The queries in `file`, or a UsageError in one line that says what to fix. */
export function readQueries(file: string): RelevanceQuery[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`Het bestand met zoekvragen "${file}" kan niet gelezen worden. Geef het met --queries ${DEFAULT_QUERIES}`);
  }
  const source = parseJsonSource(file, text);
  const syntax = source.syntaxErrors[0];
  if (syntax) {
    throw new UsageError(
      `${file}:${syntax.line}:${syntax.column} is geen geldige JSON (${syntax.code}). Kijk de komma's en aanhalingstekens na.`,
    );
  }
  const problems = querySetProblems(source.value);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (en nog ${problems.length - 1} ${problems.length === 2 ? 'probleem' : 'problemen'})` : '';
    throw new UsageError(`${file}: ${problems[0]}${more}`);
  }
  return source.value as RelevanceQuery[];
}

/**
 * Scores every query on the catalogue built from `dataDir`, searched at NOW, with facts dated as the app
 * dates them when it loads (old hours count for no "open now"). The data is checked as of `today`, the
 * real day by default as in the app build; a fictional catalogue is checked as of its own fixed day.
 */
export function measure(dataDir: string, queries: readonly RelevanceQuery[], today = dateInBelgium(new Date())) {
  const checked = checkDataFolder(dataDir, { today });
  if (checked.errorCount > 0) {
    throw new UsageError(
      `${dataDir} heeft ${checked.errorCount} ${checked.errorCount === 1 ? 'fout' : 'fouten'}, dus er is geen catalogus om te doorzoeken: zie npm run data:check -- --data ${dataDir}`,
    );
  }
  let built;
  try {
    built = buildCatalogue(checked.providers, checked.vocabulary, today);
  } catch (error) {
    if (error instanceof BuildRefusal) throw new UsageError(`${dataDir} kan niet gebouwd worden: ${error.message}`);
    throw error;
  }
  const catalogue = markOldFacts(built.catalogue, dateInBelgium(NOW));
  const searcher = createSearcher(catalogue, built.searchIndex);
  const ids = new Set(catalogue.providers.map((provider) => provider.id));
  const results = queries.map((entry) => {
    const ranked = searcher.search({ ...EMPTY_SEARCH, query: entry.query, municipality: entry.municipality, age: entry.age }, NOW);
    return scoreQuery(
      entry,
      ranked.map((result) => result.provider.id),
      ids,
    );
  });
  return { providerCount: catalogue.providers.length, results };
}

function main() {
  // --json and --misses are switches without a value; readOptions reads the options that take one.
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const options = readOptions(
    { data: 'data', queries: DEFAULT_QUERIES, today: '2026-11-22' },
    argv.filter((arg) => arg !== '--json' && arg !== '--misses'),
  );
  if (json && argv.includes('--misses')) throw new UsageError('Kies --json of --misses, niet allebei.');
  const dataDir = options.data ?? 'data';
  const queriesFile = options.queries ?? DEFAULT_QUERIES;
  const queries = readQueries(queriesFile);
  const { providerCount, results } = measure(dataDir, queries, options.today);

  if (json) {
    const output = {
      now: NOW.toISOString(),
      data: dataDir,
      queries: queriesFile,
      providers: providerCount,
      totals: totalsByKind(results),
      results: results.map(({ entry, top, unknown, measured, hitAt1, hitAt5 }) => ({ ...entry, top, unknown, measured, hitAt1, hitAt5 })),
    };
    console.log(JSON.stringify(output, null, 2));
    return;
  }
  console.log(`Relevance of the search: ${queries.length} searches from ${queriesFile} on ${dataDir} (${providerCount} providers).`);
  console.log(`Every search runs at a fixed moment, ${NOW_TEXT}, so "open now" gives the same order on every run.`);
  console.log(
    `A hit at 1: the first result is an expected provider. A hit at ${TOP}: one of the first ${TOP} is. Target: top-5 ≥ 90 %, top-1 ≥ 70 %.\n`,
  );
  for (const line of formatReport(results)) console.log(printable(line));
}

if (isMainModule(import.meta.url)) runCommand(main);
