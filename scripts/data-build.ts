/**
 * `npm run data:build [-- --data DIR --out DIR]` (run by predev and prebuild)
 * Checks data/ and, only when there are no errors, writes what the browser needs into public/data/
 * (git-ignored): catalogue.json and search-index.json, and the files the app bundles into src/generated/
 * (the crisis lane, which must work without the catalogue). Refused data writes nothing: the browser
 * files are first written to a temporary folder and only then moved into place.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { checkDataFolder, todayInBelgium } from './lib/check-data.ts';
import { argumentValue, isMainModule } from './lib/cli.ts';
import { GENERATED_DIR, writeGeneratedAppFiles } from './lib/generated-app-files.ts';
import { formatProblem } from './lib/problems.ts';
import { summarise } from './data-check.ts';

export const CATALOGUE_FILE = 'catalogue.json';
export const SEARCH_INDEX_FILE = 'search-index.json';

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
  const today = todayInBelgium();
  const result = checkDataFolder(dataDir, { today });
  if (result.errorCount > 0) {
    for (const problem of result.problems.filter((p) => p.severity === 'error')) log(`${formatProblem(problem)}\n`);
    log(summarise(result));
    log('De site is NIET gebouwd: er is niets weggeschreven.');
    return { ok: false, providerCount: result.providerCount, files: [] };
  }
  const { catalogue, searchIndex } = buildCatalogue(result.providers, result.vocabulary, today);
  const target = resolve(outDir);
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, CATALOGUE_FILE), JSON.stringify(catalogue));
  writeFileSync(join(staging, SEARCH_INDEX_FILE), JSON.stringify(searchIndex));
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  if (generatedDir) writeGeneratedAppFiles(catalogue, generatedDir);
  log(`${result.providerCount} aanbieders gebouwd naar ${outDir}/ (${result.warningCount} waarschuwingen: zie npm run data:check).`);
  return { ok: true, providerCount: result.providerCount, files: [CATALOGUE_FILE, SEARCH_INDEX_FILE].map((f) => join(outDir, f)) };
}

function main() {
  const dataDir = argumentValue('--data') ?? 'data';
  const outDir = argumentValue('--out') ?? 'public/data';
  // Only the real build feeds the app; a build of other data (tests, benchmarks) leaves src/ alone.
  const { ok } = buildData(dataDir, outDir, { generatedDir: resolve(outDir) === resolve('public/data') ? GENERATED_DIR : undefined });
  process.exitCode = ok ? 0 : 1;
}

if (isMainModule(import.meta.url)) main();
