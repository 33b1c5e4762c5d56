/**
 * `npm run perf:lighthouse`: how fast the first view is on a cheap phone. Builds the site (`npm run
 * build`), serves dist/ like the static host (vite preview), and runs Lighthouse with its mobile defaults
 * (a mid-range phone, slow 4G and a 4× slower CPU, simulated) in Debian's Chromium on four pages: home,
 * a search with words, a theme page and a provider page. Three runs each; prints the medians and writes
 * every run as JSON.
 *
 *   npm run perf:lighthouse                     # build, then measure
 *   npm run perf:lighthouse -- --skip-build 1   # measure the dist/ there is (or --site another built folder)
 *   npm run perf:lighthouse -- --runs 5 --out perf-results/lighthouse.json
 *
 * The figures depend on the machine and what else runs on it: the load average is printed with them.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';

const CHROMIUM = '/usr/bin/chromium';

/** The figures we report, by Lighthouse audit id; times in milliseconds. */
const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;

export interface LighthouseRun {
  page: string;
  url: string;
  performance: number;
  metrics: Record<Metric, number>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The four pages: their paths in the built site. The provider is the catalogue's first, whoever it is. */
function pagesOf(siteDir: string): Record<string, string> {
  const catalogue = JSON.parse(readFileSync(resolve(siteDir, 'data', 'catalogue.json'), 'utf8')) as {
    providers: { id: string }[];
    themes: { id: string }[];
  };
  const theme = catalogue.themes.find((t) => t.id === 'pesten') ?? catalogue.themes[0];
  return {
    home: '/',
    results: '/?q=pesten',
    theme: `/thema/${theme.id}`,
    provider: `/aanbieder/${catalogue.providers[0].id}`,
  };
}

async function measure(baseUrl: string, pages: Record<string, string>, runs: number): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] });
  const results: LighthouseRun[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      // Pages interleaved, so a busy moment on the machine does not fall on one page's runs only.
      for (const [page, path] of Object.entries(pages)) {
        const url = `${baseUrl}${path}`;
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
        const metrics = Object.fromEntries(
          Object.entries(METRICS).map(([name, audit]) => [name, lhr.audits[audit]?.numericValue ?? Number.NaN]),
        ) as Record<Metric, number>;
        const performance = Math.round((lhr.categories.performance?.score ?? 0) * 100);
        results.push({ page, url, performance, metrics });
        console.log(
          `  run ${run} ${page.padEnd(8)} performance ${performance}, LCP ${(metrics.lcp / 1000).toFixed(2)} s, TBT ${Math.round(metrics.tbt)} ms`,
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

export function medianTable(runs: LighthouseRun[]): string {
  const pages = [...new Set(runs.map((run) => run.page))];
  const header = '| page | performance | LCP s | FCP s | TBT ms | CLS | SI s |\n|---|---|---|---|---|---|---|';
  const rows = pages.map((page) => {
    const mine = runs.filter((run) => run.page === page);
    const of = (metric: Metric) => median(mine.map((run) => run.metrics[metric]));
    const scores = mine.map((run) => run.performance);
    return `| ${page} | ${median(scores)} (${scores.join('/')}) | ${(of('lcp') / 1000).toFixed(2)} | ${(of('fcp') / 1000).toFixed(2)} | ${Math.round(of('tbt'))} | ${of('cls').toFixed(3)} | ${(of('si') / 1000).toFixed(2)} |`;
  });
  return [header, ...rows].join('\n');
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

async function main() {
  const options = readOptions({ 'skip-build': '1', runs: '3', site: 'dist', out: 'perf-results/lighthouse.json' });
  const runs = Number(options.runs ?? 3);
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError('--runs moet een getal zijn vanaf 1 (--runs must be a whole number from 1).');
  if (!existsSync(CHROMIUM)) throw new UsageError(`${CHROMIUM} ontbreekt: installeer chromium (apt-get install chromium).`);
  const out = options.out ?? 'perf-results/lighthouse.json';
  if (!options['skip-build']) execSync('npm run build', { stdio: 'inherit' });
  const siteDir = resolve(options.site ?? 'dist');
  const server = await preview({ build: { outDir: siteDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const { port } = server.httpServer.address() as AddressInfo;
  const pages = pagesOf(siteDir);
  const loadBefore = loadAverage();
  console.log(`Lighthouse ${runs}× on ${Object.keys(pages).length} pages (mobile defaults); load average before: ${loadBefore}`);
  let results: LighthouseRun[];
  try {
    results = await measure(`http://127.0.0.1:${port}`, pages, runs);
  } finally {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  const loadAfter = loadAverage();
  console.log(`\nMedians of ${runs} runs (load average before ${loadBefore}, after ${loadAfter}):\n`);
  console.log(medianTable(results));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      { date: new Date().toISOString(), loadAverage: { before: loadBefore, after: loadAfter }, pages, runs: results },
      null,
      2,
    ),
  );
  console.log(`\nAll runs: ${out}`);
}

if (isMainModule(import.meta.url)) runCommand(main);
