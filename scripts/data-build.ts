/**
 * `npm run data:build [-- --data DIR --out DIR]` (run by predev and prebuild)
 * Checks data/ and, only when there are no errors, writes what the browser needs into public/data/
 * (git-ignored): catalogue.json, search-index.json and details/<id>.json (scripts/lib/site-data-files.ts),
 * the open data the footer links, in open-data/ (scripts/lib/open-data/open-data-files.ts),
 * and the files the app bundles into src/generated/
 * (the crisis lane, which must work without the catalogue). Refused data writes nothing: everything is
 * built in memory first. All files are written beside their targets first and renamed over them only
 * when every one is written, so a reader never sees half a file, a failed write leaves the catalogue, its
 * search index and the app's files as they were (never out of step), and nothing else in the output
 * folders is touched.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { BuildRefusal } from './lib/build-refusal.ts';
import { dateInBelgium } from '../src/catalogue/staleness.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { GENERATED_DIR, generatedAppFiles } from './lib/generated-app-files.ts';
import { formatProblem, printable } from './lib/problems.ts';
import { DETAILS_DIR, siteDataFiles } from './lib/site-data-files.ts';
import { openDataFiles } from './lib/open-data/open-data-files.ts';
import { writeTogether } from './lib/write-together.ts';
import { summarise } from './data-check.ts';

export interface BuildResult {
  ok: boolean;
  providerCount: number;
  files: string[];
}

export interface BuildOptions {
  log?: (line: string) => void;
  /** Where to write the app's bundled files (src/generated). Left out: they are not written. */
  generatedDir?: string;
}

/** Checks `dataDir` and writes the browser files into `outDir`, or writes nothing when the check fails. */
export function buildData(dataDir: string, outDir: string, { log = console.log, generatedDir }: BuildOptions = {}): BuildResult {
  const refused = (providerCount: number): BuildResult => {
    log('De site is NIET gebouwd: er is niets weggeschreven.');
    return { ok: false, providerCount, files: [] };
  };
  const outProblem = outputFolderProblem(dataDir, outDir) ?? (generatedDir && outputFolderProblem(dataDir, generatedDir));
  if (outProblem) {
    log(printable(outProblem));
    return refused(0);
  }
  const today = dateInBelgium(new Date());
  const result = checkDataFolder(dataDir, { today });
  if (result.errorCount > 0) {
    for (const problem of result.problems.filter((p) => p.severity === 'error')) log(`${formatProblem(problem)}\n`);
    log(summarise(result));
    return refused(result.providerCount);
  }
  let browserFiles: Record<string, string>;
  let appFiles: Record<string, string> = {};
  try {
    const built = buildCatalogue(result.providers, result.vocabulary, today);
    browserFiles = { ...siteDataFiles(built), ...openDataFiles(result.providers, result.vocabulary) };
    if (generatedDir) appFiles = generatedAppFiles(built.catalogue);
  } catch (error) {
    if (!(error instanceof BuildRefusal)) throw error;
    log(printable(`FOUT  ${error.message}`));
    log(printable(`  Zo los je het op: ${error.fix}`));
    return refused(result.providerCount);
  }
  writeTogether([{ dir: outDir, files: browserFiles }, ...(generatedDir ? [{ dir: generatedDir, files: appFiles }] : [])]);
  removeOldDetails(outDir, browserFiles);
  log(
    `${result.providerCount} aanbieders gebouwd naar ${printable(outDir)}/ (${result.warningCount} waarschuwingen: zie npm run data:check).`,
  );
  return { ok: true, providerCount: result.providerCount, files: Object.keys(browserFiles).map((f) => join(outDir, f)) };
}

/** Why the build must not write into `outDir`, or undefined when it may. */
function outputFolderProblem(dataDir: string, outDir: string): string | undefined {
  const out = resolve(outDir);
  const data = resolve(dataDir);
  const inside = (child: string, parent: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (inside(out, data) || inside(data, out)) {
    return `De map voor de gebouwde bestanden (${outDir}) en de map met gegevens (${dataDir}) overlappen. Zo zou de build gegevens van medewerkers kunnen overschrijven.`;
  }
  let stats;
  try {
    stats = statSync(out);
  } catch {
    return undefined; // it will be made
  }
  if (!stats.isDirectory()) return `${outDir} is een bestand, geen map. Kies een map voor --out, bv. public/data.`;
  return undefined;
}

/** The details of providers no longer in the data: their pages are gone, their files go too (the folder is the build's own). */
function removeOldDetails(outDir: string, written: Record<string, string>): void {
  const dir = join(outDir, DETAILS_DIR);
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) if (!(`${DETAILS_DIR}/${file}` in written)) rmSync(join(dir, file), { force: true });
}

function main() {
  const options = readOptions({ data: 'data', out: 'public/data' });
  const dataDir = options.data ?? 'data';
  const outDir = options.out ?? 'public/data';
  if (resolve(outDir) === resolve(GENERATED_DIR))
    throw new UsageError(`--out ${outDir} is de map van de app zelf. Kies een andere map, bv. /tmp/hulphub-build.`);
  // Only the real build feeds the app; a build of other data (tests, benchmarks) leaves src/ alone.
  const { ok } = buildData(dataDir, outDir, { generatedDir: resolve(outDir) === resolve('public/data') ? GENERATED_DIR : undefined });
  process.exitCode = ok ? 0 : 1;
}

if (isMainModule(import.meta.url)) runCommand(main);
