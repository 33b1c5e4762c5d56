/**
 * `npm run data:import -- --csv FILE`: a staff spreadsheet back into data/providers/.
 *
 * The spreadsheet is the whole list: each row becomes (or replaces) the file of its id, and a provider
 * without a row is removed. Every row goes through the same checks as `npm run data:check`, as if the
 * files were already written; only when no check finds an error is anything written. A message names
 * the spreadsheet's row (as Excel numbers it) and column header instead of a file and line.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN } from '../../../src/catalogue/catalogue-id.ts';
import { canonicalJson, FILE_SCHEMAS } from '../canonical-json.ts';
import { checkData, type CheckOptions } from '../check-data.ts';
import { readCsv } from '../csv-file.ts';
import { readDataFolder, type ProviderFile } from '../data-folder.ts';
import { parseJsonSource } from '../json-source.ts';
import type { Severity } from '../problems.ts';
import { writeTogether } from '../write-together.ts';
import { columnOfField, exportColumns, isEmptyRow, readHeader, readRow } from './spreadsheet.ts';

export interface SpreadsheetProblem {
  severity: Severity;
  /** The row as Excel numbers it (the header is row 1); absent for a problem outside the rows (the vocabulary). */
  row?: number;
  /** The column header, when the problem is about one column. */
  column?: string;
  providerId?: string;
  message: string;
  fix: string;
  /** The check that found it, as in data:check ("schema", "phone", …), or "spreadsheet". */
  check: string;
}

export interface ImportResult {
  /** True when no check found an error; the files were then written. */
  ok: boolean;
  problems: SpreadsheetProblem[];
  /** Ids whose file was written (new or changed). */
  written: string[];
  /** Ids whose file was removed: they have no row in the spreadsheet. */
  removed: string[];
  unchanged: number;
}

const ID_HEADER = 'Id';

/** Reads `csvText` as the whole provider list of `dataDir`, checks it, and writes it when it passes. */
export function importSpreadsheet(csvText: string, dataDir: string, options: CheckOptions = {}): ImportResult {
  const refused = (problems: SpreadsheetProblem[]): ImportResult => ({ ok: false, problems, written: [], removed: [], unchanged: 0 });
  const spreadsheetError = (row: number | undefined, column: string | undefined, message: string, fix: string): SpreadsheetProblem => ({
    severity: 'error',
    row,
    column,
    message,
    fix,
    check: 'spreadsheet',
  });

  const read = readCsv(csvText);
  if (!read.ok) {
    const { row, column, message, fix } = read.error;
    return refused([spreadsheetError(row, column, message, fix)]);
  }
  // Excel sometimes saves empty columns past the last one staff used: without a name and a value, they say nothing.
  const [allHeaders = []] = read.rows;
  const used = allHeaders.map((name, i) => name.trim() !== '' || read.rows.some((cells) => (cells[i] ?? '').trim() !== ''));
  const [headers = [], ...rows] = read.rows.map((cells) => cells.filter((_, i) => used[i]));
  const folder = readDataFolder(dataDir);
  // The columns an export of the data as it is now would write: each of them must be there.
  const onDiskNow = folder.providers.flatMap((file) => (file.raw ? [file.raw] : []));
  const header = readHeader(headers, exportColumns(onDiskNow, 'staff'));
  if (header.problems.length > 0) {
    return refused(header.problems.map(({ header: column, message, fix }) => spreadsheetError(1, column, message, fix)));
  }

  const problems: SpreadsheetProblem[] = [];
  const fromSheet: ProviderFile[] = [];
  /** Per file name: the row it came from and where its numbered items came from. */
  const origin = new Map<string, { row: number; itemNumbers: Map<string, number[]> }>();
  const rowOfId = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (isEmptyRow(cells)) return;
    const { provider, problems: cellProblems, itemNumbers } = readRow(cells, header.columns);
    for (const { header: column, message, fix } of cellProblems) problems.push(spreadsheetError(row, column, message, fix));
    const id = typeof provider.id === 'string' ? provider.id : '';
    // The id names the file, so it is checked before anything is built from it.
    if (!ID_PATTERN.test(id)) {
      problems.push(
        spreadsheetError(
          row,
          ID_HEADER,
          id ? `"${id}" kan geen id zijn.` : 'Deze rij heeft geen id.',
          'schrijf een id in kleine letters, cijfers en streepjes, bv. jac-hasselt. Het wordt de naam van het bestand.',
        ),
      );
      return;
    }
    const earlier = rowOfId.get(id);
    if (earlier !== undefined) {
      problems.push(
        spreadsheetError(
          row,
          ID_HEADER,
          `Het id "${id}" staat ook al in rij ${earlier}.`,
          'geef elke aanbieder een eigen id, of haal de dubbele rij weg.',
        ),
      );
      return;
    }
    rowOfId.set(id, row);
    const file = join(folder.providersDir, `${id}.json`);
    const text = canonicalJson(provider, FILE_SCHEMAS.provider);
    fromSheet.push({ file, fileId: id, source: parseJsonSource(file, text), raw: provider });
    origin.set(file, { row, itemNumbers });
  });

  // The checks of data:check, on the folder as it would be after the import: the rows as files, beside
  // the vocabulary and whatever else is in the folder (a link or a folder named like a provider file is
  // refused there, and so here: writing to it could reach outside data/).
  const checked = checkData({ ...folder, providers: fromSheet }, options);
  for (const problem of checked.problems) {
    const from = origin.get(problem.file);
    problems.push({
      severity: problem.severity,
      row: from?.row,
      column: from ? columnOfField(problem.field, from.itemNumbers) : undefined,
      providerId: problem.providerId,
      // A file the check could not read is named: the sheet is not what is wrong.
      message: from && problem.check !== 'file' ? problem.message : `${problem.file}: ${problem.message}`,
      fix: problem.fix,
      check: problem.check,
    });
  }
  // By row, as staff read the sheet; problems outside the rows (the vocabulary) last.
  problems.sort((a, b) => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER));
  if (problems.some((problem) => problem.severity === 'error')) return refused(problems);

  const result: ImportResult = { ok: true, problems, written: [], removed: [], unchanged: 0 };
  const onDisk = new Map(folder.providers.map((file) => [file.fileId, file]));
  const writes: Record<string, string> = {};
  for (const { fileId, source, raw } of fromSheet) {
    const existing = onDisk.get(fileId);
    // A row that says what the file says leaves the file as it is, also where the sheet cannot show it
    // exactly (spaces around a text, an empty list): export then import changes nothing.
    if (existing?.raw && sameData(existing.raw, raw)) {
      result.unchanged++;
      continue;
    }
    result.written.push(fileId);
    writes[`${fileId}.json`] = source.text;
  }
  const kept = new Set(fromSheet.map((provider) => provider.fileId));
  // Only the provider files data:check reads (no hidden files, no folders): those are the list.
  const removals = folder.providers.filter((file) => !kept.has(file.fileId));
  result.removed = removals.map((file) => file.fileId);
  // Beside their targets first, then renamed: a failed write (a full disk) changes no file, and a
  // rename replaces the file itself, never what it might point to.
  writeTogether([{ dir: join(dataDir, 'providers'), files: writes }]);
  for (const { fileId } of removals) rmSync(join(dataDir, 'providers', `${fileId}.json`));
  return result;
}

/** Whether two provider files hold the same data, as the site reads it: texts without spaces around them, empty lists and groups left out. */
function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}

function normalized(value: unknown): unknown {
  // Only ordinary spaces: trim() would also hide characters the checks refuse (a BOM, a line separator).
  if (typeof value === 'string') return value.replace(/^\p{Zs}+|\p{Zs}+$/gu, '');
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalized);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .map((key) => [key, normalized((value as Record<string, unknown>)[key])] as const)
    .filter(([, item]) => item !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
