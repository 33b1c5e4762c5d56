/**
 * `npm run perf:typing [-- --sizes 210,10000 --rates 1,4 --runs 2 --delay 200 --json FILE]`
 * How long a keystroke in the search box takes in a real browser, as the browser itself reports it
 * (Event Timing), on fictional catalogues of several sizes (never data/).
 *
 * 1. Writes a fictional catalogue per size (scripts/data-fixtures.ts) into the system temp folder, checks
 *    it and builds its catalogue.json and search-index.json (the same code as `npm run data:build`).
 * 2. Builds the browser's bundle once with Vite into the temp folder (no prerendered pages: the app renders
 *    the home page itself), bundling the fictional catalogue's crisis lane.
 * 3. For each size, serves that bundle with the size's data (vite preview) and opens the home page in
 *    Debian's Chromium (playwright-core) at 390×844, like the browser tests.
 * 4. For each CPU slow-down (CDP Emulation.setCPUThrottlingRate: 1 is this machine, 4 is a cheap phone),
 *    types each query letter by letter at a human pace, and reads the Event Timing entries
 *    (PerformanceObserver type 'event', durationThreshold 16, buffered), one duration per keystroke: the
 *    longest entry with that keystroke's interactionId. The browser reports nothing under 16 ms, so a
 *    keystroke without an entry counts as "under 16 ms" (printed as <16).
 *
 * `--profile yes` builds the bundle unminified and prints the functions the typing spent its time in.
 * Prints p50, p75 and p95 per size and slow-down, the load average before and after (the machine is
 * shared: compare runs made at a similar load), and writes everything as JSON (default
 * test-results/perf-typing.json). Timing is shown here, never asserted in tests.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { writeFixtureCatalogue } from './data-fixtures.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { generatedAppFiles } from './lib/generated-app-files.ts';
import { writeSiteData } from './lib/site-data-files.ts';
import { readOptions, runCommand, UsageError } from './lib/cli.ts';
import { eventTimingSummary, keystrokeDurations, type EventTimingEntry, type KeystrokeSummary } from './lib/event-timing.ts';
import { dateInBelgium } from '../src/catalogue/staleness.ts';
import { launchChromium, PHONE_CONTEXT } from '../tests/e2e/browser.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
/** Typical searches: a youth phrase, one long word, and two words (a profession and a municipality). */
const QUERIES = ['ik word gepest', 'paniekaanval', 'psycholoog hasselt'];

interface Measurement extends KeystrokeSummary {
  providers: number;
  cpuSlowdown: number;
  /** Every keystroke's duration in ms; 0 stands for "no entry: under 16 ms". */
  durations: number[];
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

/** The fictional catalogue of `count` providers, built as data:build builds it. */
function fictionalCatalogue(work: string, count: number) {
  const dir = join(work, `fixtures-${count}`);
  writeFixtureCatalogue(dir, count, 1);
  const today = dateInBelgium(new Date());
  const checked = checkDataFolder(dir, { today });
  if (checked.errorCount > 0)
    throw new Error(`The fictional catalogue of ${count} has ${checked.errorCount} errors: run data:check on ${dir}`);
  return buildCatalogue(checked.providers, checked.vocabulary, today);
}

/** Builds the app into `outDir`, bundling the crisis lane and static shell of `catalogue` (fictional). */
async function buildClient(outDir: string, generatedDir: string, catalogue: Parameters<typeof generatedAppFiles>[0], minify: boolean) {
  mkdirSync(generatedDir, { recursive: true });
  for (const [name, content] of Object.entries(generatedAppFiles(catalogue))) writeFileSync(join(generatedDir, name), content);
  process.env.HULPHUB_GENERATED_DIR = generatedDir;
  await build({ root: REPO_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify } });
  // vite preview answers a path without a file with 404.html (vite.config.ts); the home page is enough here.
  cpSync(join(outDir, 'index.html'), join(outDir, '404.html'));
}

/** Installed before the page's own scripts: keeps every Event Timing entry of 16 ms or more. */
function observeEventTiming() {
  const entries: unknown[] = [];
  (window as unknown as { __eventTiming: unknown[] }).__eventTiming = entries;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
      entries.push({ name: entry.name, interactionId: entry.interactionId, duration: entry.duration, startTime: entry.startTime });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Waits until the browser has painted and handed over the last entries (they arrive after the paint). */
async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
}

async function typeQueries(page: Page, runs: number, delay: number): Promise<number[]> {
  const box = page.locator('#zoekterm');
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of QUERIES) {
      await box.fill('');
      await settle(page);
      await page.evaluate(() => ((window as unknown as { __eventTiming: unknown[] }).__eventTiming.length = 0));
      await box.focus();
      for (const letter of query) {
        await page.keyboard.type(letter);
        await page.waitForTimeout(delay);
      }
      await settle(page);
      const entries = (await page.evaluate(() => (window as unknown as { __eventTiming: unknown[] }).__eventTiming)) as EventTimingEntry[];
      durations.push(...keystrokeDurations(entries, query.length));
    }
  }
  return durations;
}

async function measureSize(
  clientDir: string,
  count: number,
  data: ReturnType<typeof fictionalCatalogue>,
  rates: number[],
  runs: number,
  delay: number,
  profile: boolean,
): Promise<Measurement[]> {
  const siteDir = join(dirname(clientDir), `site-${count}`);
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(clientDir, siteDir, { recursive: true });
  mkdirSync(join(siteDir, 'data'), { recursive: true });
  writeSiteData(join(siteDir, 'data'), data);
  const server = await preview({
    root: REPO_ROOT,
    build: { outDir: siteDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const browser = await launchChromium();
  const results: Measurement[] = [];
  try {
    const context = await browser.newContext(PHONE_CONTEXT);
    const page = await context.newPage();
    await page.addInitScript(observeEventTiming);
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://127.0.0.1:${port}/`);
    // The app runs and shows the catalogue's results.
    await page.waitForSelector('#zoekterm:not([disabled])', { timeout: 120_000 });
    await page.waitForSelector('#resultaten .result', { timeout: 120_000 });
    for (const rate of rates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      if (profile) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
      const durations = await typeQueries(page, runs, delay);
      if (profile) printProfile((await cdp.send('Profiler.stop')).profile as CpuProfile, `${count} providers, ${rate}x CPU`);
      const measured = { providers: data.catalogue.providers.length, cpuSlowdown: rate, durations, ...eventTimingSummary(durations) };
      // At once: a slow case (every result rendered at 10,000) can take many minutes.
      console.log(`  ${rate}x CPU: ${summaryRow(measured).slice(4).join(' / ')} ms (p50 / p75 / p95 / max)`);
      results.push(measured);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  return results;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions the typing spent most of its own time in (CDP Profiler; self time, summed per function). */
function printProfile(profile: CpuProfile, label: string) {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id)!;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const busy = [...self].filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(program)'));
  const total = busy.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`  Profile (${label}): ${Math.round(total)} ms busy in JavaScript and GC; the top functions by self time:`);
  for (const [name, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
}

function shown(ms: number): string {
  return ms === 0 ? '<16' : String(Math.round(ms));
}

function summaryRow(m: Measurement): string[] {
  return [
    String(m.providers),
    `${m.cpuSlowdown}x`,
    String(m.keystrokes),
    String(m.under16),
    shown(m.p50),
    shown(m.p75),
    shown(m.p95),
    shown(m.max),
  ];
}

async function main() {
  const options = readOptions({
    sizes: '210,10000',
    rates: '1,4',
    runs: '2',
    delay: '200',
    json: 'test-results/perf-typing.json',
    profile: 'yes',
  });
  // A CPU profile of the typing, per case: the bundle is then built unminified, so functions keep their names.
  const profile = options.profile === 'yes';
  const sizes = (options.sizes ?? '210,10000').split(',').map(Number);
  const rates = (options.rates ?? '1,4').split(',').map(Number);
  const runs = Number(options.runs ?? '2');
  const delay = Number(options.delay ?? '200');
  const jsonFile = resolve(REPO_ROOT, options.json ?? 'test-results/perf-typing.json');
  if ([...sizes, ...rates, runs].some((n) => !Number.isInteger(n) || n < 1) || !(delay >= 0)) {
    throw new UsageError('Schrijf zo: npm run perf:typing -- --sizes 210,10000 --rates 1,4 --runs 2 --delay 200');
  }
  const loadBefore = loadAverage();
  console.log(`Load average before: ${loadBefore} (${process.arch}, Node ${process.version})`);
  const work = mkdtempSync(join(tmpdir(), 'hulphub-perf-typing-'));
  const measurements: Measurement[] = [];
  try {
    console.log(`Building the fictional catalogues (${sizes.join(', ')}) and the app in ${work} …`);
    const catalogues = new Map(sizes.map((count) => [count, fictionalCatalogue(work, count)]));
    const clientDir = join(work, 'client');
    await buildClient(clientDir, join(work, 'generated'), catalogues.get(sizes[0])!.catalogue, !profile);
    for (const count of sizes) {
      const data = catalogues.get(count)!;
      console.log(`Typing at ${data.catalogue.providers.length} providers …`);
      measurements.push(...(await measureSize(clientDir, count, data, rates, runs, delay, profile)));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const loadAfter = loadAverage();
  const rows = [
    ['providers', 'CPU', 'keystrokes', 'under 16 ms', 'p50 (ms)', 'p75 (ms)', 'p95 (ms)', 'max (ms)'],
    ...measurements.map(summaryRow),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log();
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  console.log(
    `\nEvent Timing duration per keystroke (longest entry of its interaction), queries ${QUERIES.map((q) => `"${q}"`).join(', ')}, ` +
      `${runs} run(s), ${delay} ms between keys, 390x844. The browser reports only entries of 16 ms or more: a keystroke ` +
      `without one is counted as under 16 ms ("<16").\nLoad average after: ${loadAfter}`,
  );
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ date: new Date().toISOString(), loadBefore, loadAfter, queries: QUERIES, runs, delay, measurements }, null, 2)}\n`,
  );
  console.log(`Written to ${jsonFile}`);
}

runCommand(main);
