/**
 * `npm run bench:search [-- --sizes 210,2000,10000]`
 * Times the browser's search (src/search/search-providers.ts) for every keystroke of a few typical
 * queries, on the real catalogue and on fictional ones of several sizes, and prints median and worst
 * milliseconds per keystroke. One frame at 60 Hz is 16.7 ms. Runs in Node, so a slow phone is several
 * times slower: see the README for the figure measured in the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readOptions, runCommand } from './lib/cli.ts';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { checkDataFolder, todayInBelgium } from './lib/check-data.ts';
import { writeFixtureCatalogue } from './data-fixtures.ts';
import { createSearcher } from '../src/search/search-providers.ts';
import { EMPTY_SEARCH } from '../src/routing/urls.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const QUERIES = ['ik word gepest', 'paniekaanval', 'psycholoog hasselt', 'zelfmoort'];

function timeKeystrokes(dataDir: string): { providers: number; median: number; worst: number } {
  const today = todayInBelgium();
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
  console.log(`\n${QUERIES.length} queries typed one letter at a time (${QUERIES.map((q) => `"${q}"`).join(', ')}). Node ${process.version}.`);
}

runCommand(main);
