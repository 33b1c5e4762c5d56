/**
 * `npm run data:import -- [--data DIR] --csv FILE`
 * Reads a staff spreadsheet (made with `npm run data:export -- --csv FILE`) back into data/providers/.
 * The spreadsheet is the whole list: a row changes or adds the file of its id, a provider without a row is
 * removed. Every row goes through the checks of data:check first; one error and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { decodeUtf8 } from './lib/data-folder.ts';
import { importSpreadsheet, type SpreadsheetProblem } from './lib/open-data/spreadsheet-import.ts';
import { printable } from './lib/problems.ts';

/** One problem as staff read it: the row and column in the spreadsheet, what is wrong, and the fix. */
export function formatSpreadsheetProblem(problem: SpreadsheetProblem): string {
  const where = [problem.row !== undefined && `rij ${problem.row}`, problem.column && `kolom "${problem.column}"`]
    .filter(Boolean)
    .join(', ');
  const label = problem.severity === 'error' ? 'FOUT' : 'LET OP';
  return [
    `${label}  ${printable(where || 'spreadsheet')}${problem.providerId ? `  (aanbieder "${printable(problem.providerId)}")` : ''}`,
    `  ${printable(problem.message)}`,
    `  Zo los je het op: ${printable(problem.fix)}`,
  ].join('\n');
}

function main() {
  const options = readOptions({ data: 'data', csv: 'aanbieders.csv' });
  if (!options.csv) throw new UsageError('Schrijf zo: npm run data:import -- --csv aanbieders.csv');
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.csv);
  } catch (error) {
    throw new UsageError(`Kan ${options.csv} niet lezen (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new UsageError(
      `${options.csv}: ${decoded.message} Bewaar de spreadsheet in Excel met "Opslaan als" → "CSV UTF-8 (gescheiden door lijstscheidingsteken)".`,
    );
  }
  const result = importSpreadsheet(decoded.text, options.data ?? 'data');
  // Errors, and warnings about the rows that change: warnings about the rest are data:check's business,
  // and 40 of them would hide what matters.
  const changed = new Set(result.written);
  const shown = result.problems.filter(
    (problem) => problem.severity === 'error' || (problem.providerId !== undefined && changed.has(problem.providerId)),
  );
  for (const problem of shown) console.log(`${formatSpreadsheetProblem(problem)}\n`);
  const hidden = result.problems.length - shown.length;
  if (hidden > 0) console.log(`${hidden} waarschuwingen over andere rijen: zie npm run data:check.`);
  if (!result.ok) {
    const errors = result.problems.filter((problem) => problem.severity === 'error').length;
    console.log(`${errors} ${errors === 1 ? 'fout' : 'fouten'}: er is niets weggeschreven. Verbeter de spreadsheet en importeer opnieuw.`);
    process.exitCode = 1;
    return;
  }
  const list = (ids: string[]) => (ids.length ? `: ${ids.map(printable).join(', ')}` : '');
  console.log(`${result.written.length} aanbieders geschreven${list(result.written)}.`);
  console.log(`${result.removed.length} aanbieders verwijderd (geen rij in de spreadsheet)${list(result.removed)}.`);
  console.log(`${result.unchanged} aanbieders onveranderd.`);
}

if (isMainModule(import.meta.url)) runCommand(main);
