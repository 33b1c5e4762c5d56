/**
 * `npm run bench:data [-- --sizes 210,2000,10000 --runs 3]`
 * Measures, for the real data/ and for fictional catalogues of several sizes: how long `data:check`
 * and `data:build` take as commands (what staff and CI wait for), and the gzip size of the files the
 * browser downloads. Fictional catalogues go to the system temp folder, never to data/ or public/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readOptions, runCommand } from './lib/cli.ts';
import { writeFixtureCatalogue } from './data-fixtures.ts';
import { CATALOGUE_FILE, SEARCH_INDEX_FILE } from './lib/site-data-files.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

function timeCommand(script: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    // Thousands of warnings are printed for large catalogues: send them nowhere rather than buffer them.
    const result = spawnSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', script), ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    times.push(performance.now() - start);
    if (result.status !== 0)
      throw new Error(`${script} ${args.join(' ')} exited with ${result.status}: run it by hand to see why.\n${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

function main() {
  const options = readOptions({ sizes: '210,2000,10000', runs: '3' });
  const sizes = (options.sizes ?? '210,2000,10000').split(',').map(Number);
  const runs = Number(options.runs ?? '3');
  const work = mkdtempSync(join(tmpdir(), 'hulphub-bench-'));
  const rows: string[][] = [
    ['catalogue', 'providers', 'data:check (s)', 'data:build (s)', 'catalogue.json gz (KB)', 'search-index.json gz (KB)', 'total gz (KB)'],
  ];
  const cases = [
    { name: 'real data/', dir: join(REPO_ROOT, 'data'), count: NaN },
    ...sizes.map((count) => ({ name: `fictional`, dir: join(work, `fixtures-${count}`), count })),
  ];
  for (const { name, dir, count } of cases) {
    if (!Number.isNaN(count)) writeFixtureCatalogue(dir, count, 1);
    const out = join(work, `out-${name === 'real data/' ? 'real' : count}`);
    const check = timeCommand('data-check.ts', ['--data', dir], runs);
    const build = timeCommand('data-build.ts', ['--data', dir, '--out', out], runs);
    const catalogue = gzipKb(join(out, CATALOGUE_FILE));
    const index = gzipKb(join(out, SEARCH_INDEX_FILE));
    const providers = Number.isNaN(count) ? JSON.parse(readFileSync(join(out, CATALOGUE_FILE), 'utf8')).providers.length : count;
    rows.push([
      name,
      String(providers),
      (check / 1000).toFixed(2),
      (build / 1000).toFixed(2),
      catalogue.toFixed(1),
      index.toFixed(1),
      (catalogue + index).toFixed(1),
    ]);
  }
  rmSync(work, { recursive: true, force: true });
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  console.log(`\nMedian of ${runs} runs per command, including Node/tsx start-up. Machine: ${process.arch}, Node ${process.version}.`);
}

runCommand(main);
