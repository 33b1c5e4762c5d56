/**
 * `npm run data:export -- [--data DIR] --csv FILE | --hsds DIR`
 * Writes the catalogue for use outside the site:
 * - --csv FILE: the staff spreadsheet, one row per provider (columns: scripts/lib/open-data/spreadsheet-columns.ts,
 *   explained in data/README.md); `npm run data:import -- --csv FILE` reads it back.
 * - --hsds DIR: Open Referral HSDS 3.0 (scripts/lib/open-data/hsds.ts; mapping in docs/open-data-hsds.md).
 * Only data that passes data:check is exported: a broken catalogue is not worth passing on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataFolder } from './lib/check-data.ts';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { hsdsFiles } from './lib/open-data/hsds.ts';
import { providersCsv } from './lib/open-data/spreadsheet.ts';
import { formatProblem, printable } from './lib/problems.ts';

const USAGE = 'Schrijf zo: npm run data:export -- --csv aanbieders.csv, of: npm run data:export -- --hsds hsds-export';

function main() {
  const options = readOptions({ data: 'data', csv: 'aanbieders.csv', hsds: 'hsds-export' });
  if (!options.csv && !options.hsds) throw new UsageError(USAGE);
  const dataDir = options.data ?? 'data';
  const result = checkDataFolder(dataDir);
  if (result.errorCount > 0) {
    for (const problem of result.problems.filter((p) => p.severity === 'error')) console.log(`${formatProblem(problem)}\n`);
    console.log('Niets geëxporteerd: los eerst de fouten hierboven op (npm run data:check).');
    process.exitCode = 1;
    return;
  }
  const written = (path: string, text: string) => {
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new UsageError(`Kan ${path} niet schrijven (${(error as NodeJS.ErrnoException).code ?? String(error)}). Kies een andere plek.`);
    }
    console.log(`Geschreven: ${printable(path)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
  };
  if (options.csv) written(options.csv, providersCsv(result.providers, 'staff'));
  if (options.hsds) {
    mkdirSync(options.hsds, { recursive: true });
    for (const [name, text] of Object.entries(hsdsFiles(result.providers, result.vocabulary))) written(join(options.hsds, name), text);
  }
  console.log(`${result.providerCount} aanbieders geëxporteerd.`);
}

if (isMainModule(import.meta.url)) runCommand(main);
