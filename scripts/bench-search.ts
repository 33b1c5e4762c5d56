/**
 * `npm run bench:search [-- --sizes 210,2000,10000]`
 * Times the browser's search (src/search/search-providers.ts) for every keystroke of a few typical
 * queries, on the real catalogue and on fictional ones of several sizes, and prints median and worst
 * milliseconds per keystroke. One frame at 60 Hz is 16.7 ms. Runs in Node, so a slow phone is several
 * times slower: see the README for the figure measured in the browser.
 * Then times crisis detection (it runs on every render while typing) on every keystroke of the crisis
 * and ordinary test lists in tests/crisis/, twice: the second pass finds its words already cached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readOptions, runCommand } from './lib/cli.ts';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { dateInBelgium } from '../src/catalogue/staleness.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { writeFixtureCatalogue } from './data-fixtures.ts';
import { looksLikeCrisis } from '../src/crisis/crisis-detection.ts';
import { createSearcher } from '../src/search/search-providers.ts';
import { readPhraseList } from '../tests/crisis/phrase-lists.ts';
import { EMPTY_SEARCH } from '../src/search/search-filters.ts';
import { loadTypoMatching } from '../src/search/typo-matching.ts';
import { loadCrisisDetection } from '../src/crisis/crisis-check.ts';

// The browser loads the typo matcher lazily; here it is loaded before anything is timed.
await loadTypoMatching();
await loadCrisisDetection();

const REPO_ROOT = resolve(import.meta.dirname, '..');
const QUERIES = ['ik word gepest', 'paniekaanval', 'psycholoog hasselt', 'zelfmoort'];

function timeKeystrokes(dataDir: string): { providers: number; median: number; worst: number } {
  const today = dateInBelgium(new Date());
  const result = checkDataFolder(dataDir, { today });
  const { catalogue, searchIndex } = buildCatalogue(result.providers, result.vocabulary, today);
  const searcher = createSearcher(catalogue, searchIndex);
  const now = new Date();
  const times: number[] = [];
  for (const query of QUERIES) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      searcher.search({ ...EMPTY_SEARCH, query: query.slice(0, length) }, now);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { providers: catalogue.providers.length, median: times[Math.floor(times.length / 2)], worst: times[times.length - 1] };
}

/** Microseconds per keystroke for crisis detection: median and 95th percentile, first time and repeated. */
function timeCrisisDetection(crisisPhrases: string[]) {
  const keystrokes = [...readPhraseList('crisis-phrasings'), ...readPhraseList('ordinary-searches')].flatMap((text) =>
    Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)),
  );
  const pass = () =>
    keystrokes.map((text) => {
      const start = performance.now();
      looksLikeCrisis(text, crisisPhrases);
      return (performance.now() - start) * 1000;
    });
  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} µs, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(0)} µs`;
  };
  const first = pass();
  const again = pass();
  console.log(
    `\nCrisis detection, ${keystrokes.length} keystrokes of tests/crisis/*.txt with the real data's crisis words: first pass ${stats(first)}; second pass (words already seen) ${stats(again)}.`,
  );
}

function main() {
  const sizes = (readOptions({ sizes: '210,2000,10000' }).sizes ?? '210,2000,10000').split(',').map(Number);
  const work = mkdtempSync(join(tmpdir(), 'hulphub-bench-search-'));
  console.log('catalogue     providers  median ms/keystroke  worst ms');
  const print = (name: string, r: ReturnType<typeof timeKeystrokes>) =>
    console.log(`${name.padEnd(13)} ${String(r.providers).padEnd(10)} ${r.median.toFixed(2).padEnd(20)} ${r.worst.toFixed(2)}`);
  print('real data/', timeKeystrokes(join(REPO_ROOT, 'data')));
  for (const size of sizes) {
    const dir = join(work, String(size));
    writeFixtureCatalogue(dir, size, 1);
    print('fictional', timeKeystrokes(dir));
  }
  rmSync(work, { recursive: true, force: true });
  console.log(
    `\n${QUERIES.length} queries typed one letter at a time (${QUERIES.map((q) => `"${q}"`).join(', ')}). Node ${process.version}.`,
  );
  const real = checkDataFolder(join(REPO_ROOT, 'data'));
  timeCrisisDetection(buildCatalogue(real.providers, real.vocabulary, dateInBelgium(new Date())).catalogue.crisisPhrases);
}

runCommand(main);
