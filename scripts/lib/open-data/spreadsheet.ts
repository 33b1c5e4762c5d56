/**
 * Provider files as spreadsheet rows and back (columns: ./spreadsheet-columns.ts). Writing a value and
 * reading it back gives the same value, so an export followed by an import changes no file.
 * Reading only turns cells into values; whether the values are right is for the checks of data:check.
 */
import { asArray, asObject, valueAt, type JsonObject } from '../loose-json.ts';
import type { JsonPath } from '../json-source.ts';
import { SCHEMA_REF } from '../provider-schema.ts';
import { writeCsv } from '../csv-file.ts';
import {
  ALL_COLUMNS,
  groupColumns,
  headerKey,
  NUMBERED_GROUPS,
  PROVIDER_COLUMNS,
  STAFF_NOTE_HEADER,
  type CellKind,
  type Column,
} from './spreadsheet-columns.ts';

const LIST_SEPARATOR = ', ';
const YES = 'ja';
const NO = 'nee';

/**
 * Who the spreadsheet is for. `staff`: the sheet staff edit and import again: with the internal notes, and
 * every cell Excel would change kept as written. `public`: the list published with the site: without the
 * internal notes ("Komt niet op de site"), and only formulas kept from running, so other programs read
 * dates and numbers as they are.
 */
export type Audience = 'staff' | 'public';

/** The columns an export writes: every group numbered as far as the fullest provider needs (at least 1). */
export function exportColumns(providers: readonly object[], audience: Audience): Column[] {
  const own = audience === 'staff' ? PROVIDER_COLUMNS : PROVIDER_COLUMNS.filter((column) => column.header !== STAFF_NOTE_HEADER);
  const numbered = NUMBERED_GROUPS.flatMap((group) => {
    const most = Math.max(1, ...providers.map((provider) => asArray(valueAt(provider, group.listPath)).length));
    return Array.from({ length: most }, (_, i) => groupColumns(group, i + 1)).flat();
  });
  return [...own, ...numbered];
}

/** The catalogue as a spreadsheet file: a header row, then one row per provider in the order given. */
export function providersCsv(providers: readonly object[], audience: Audience): string {
  const columns = exportColumns(providers, audience);
  return writeCsv(
    [columns.map((column) => column.header), ...providers.map((provider) => columns.map((column) => cellText(provider, column)))],
    audience === 'staff' ? 'everything' : 'formulas',
  );
}

function cellText(provider: object, { path, kind }: Column): string {
  const value = valueAt(provider, path);
  if (value === undefined || value === null) return '';
  if (kind === 'list') return asArray(value).map(String).join(LIST_SEPARATOR);
  if (kind === 'yes-no' || kind === 'yes-only') return value === true ? YES : value === false ? NO : String(value);
  return String(value);
}

/** What is wrong with one cell, in the words staff read. */
export interface CellProblem {
  header: string;
  message: string;
  fix: string;
}

type CellValue = { ok: true; value: unknown } | { ok: false; message: string; fix: string };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A cell's text as the value for the file. Only the form is read here: whether it is right is for the checks. */
function cellValue(text: string, kind: CellKind): CellValue {
  switch (kind) {
    case 'text':
      return { ok: true, value: text };
    case 'list':
      return {
        ok: true,
        value: text
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      };
    case 'yes-no':
    case 'yes-only': {
      const answer = text.toLowerCase();
      if (answer === YES) return { ok: true, value: true };
      // "Nee" for a field that can only be true means: leave it out.
      if (answer === NO) return { ok: true, value: kind === 'yes-no' ? false : undefined };
      return {
        ok: false,
        message: `"${text}" is geen ja of nee.`,
        fix:
          kind === 'yes-no' ? 'schrijf "ja" of "nee", of laat het vak leeg als je het niet weet.' : 'schrijf "ja", of laat het vak leeg.',
      };
    }
    case 'integer':
      return /^\d+$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `"${text}" is geen getal.`, fix: 'schrijf een getal zonder komma, bv. 12, of laat het vak leeg.' };
    case 'decimal': {
      const written = text.replace(/^(-?\d+),(\d+)$/, '$1.$2');
      return /^-?\d+(\.\d+)?$/.test(written)
        ? { ok: true, value: Number(written) }
        : {
            ok: false,
            message: `"${text}" is geen getal.`,
            fix: 'schrijf het getal met een punt of een komma, bv. 50.93, of laat het vak leeg.',
          };
    }
    case 'date': {
      const day = DAY_MONTH_YEAR.exec(text);
      // Excel turns "2026-11-20" into a date and saves it as "20/11/2026".
      return { ok: true, value: day ? `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}` : text };
    }
  }
}

/** The spreadsheet's header row read: which column each cell is, or what is wrong with it. */
export interface ReadHeader {
  columns: (Column | undefined)[];
  problems: CellProblem[];
}

/**
 * Matches the header row against the known columns: unknown and repeated headers are problems, and so is
 * a missing column of `required`. Pass the columns an export of the data as it is would write: an empty
 * cell means "no value", so a column left out would silently empty that field for every provider.
 * Columns beyond those (a third phone no provider has yet) may come on their own.
 */
export function readHeader(headers: readonly string[], required: readonly Column[]): ReadHeader {
  const known = new Map(ALL_COLUMNS.map((column) => [headerKey(column.header), column]));
  const seen = new Set<string>();
  const problems: CellProblem[] = [];
  const columns = headers.map((header) => {
    const key = headerKey(header);
    const column = known.get(key);
    if (!column) {
      problems.push({
        header,
        message: header.trim() ? `De kolom "${header}" kent de import niet.` : 'Deze kolom heeft geen naam in de eerste rij.',
        fix: 'schrijf de naam zoals in de export (bv. "Telefoon 2: nummer"), of haal de kolom weg. Alle kolommen staan in data/README.md.',
      });
      return undefined;
    }
    if (seen.has(key)) {
      problems.push({
        header,
        message: `De kolom "${column.header}" staat twee keer in de spreadsheet.`,
        fix: 'haal een van de twee weg, zodat duidelijk is welke waarde klopt.',
      });
      return undefined;
    }
    seen.add(key);
    return column;
  });
  for (const { header } of required.filter((column) => !seen.has(headerKey(column.header)))) {
    problems.push(
      header === STAFF_NOTE_HEADER
        ? {
            header,
            message:
              'De kolom "Interne notitie" ontbreekt. Is dit de lijst van de site? Die heeft geen interne notities: een import zou ze allemaal wissen.',
            fix: 'begin van een export voor medewerkers: npm run data:export -- --csv aanbieders.csv',
          }
        : {
            header,
            message: `De kolom "${header}" ontbreekt. Een leeg vak betekent "geen waarde": zonder de kolom zou de import dit gegeven wissen bij elke aanbieder die het nu heeft.`,
            fix: 'zet de kolom terug, ook als ze leeg blijft: kopieer ze uit een nieuwe export (npm run data:export -- --csv aanbieders.csv).',
          },
    );
  }
  return { columns, problems };
}

/** One row read: the provider file it describes, and for each numbered item where it came from. */
export interface ReadRow {
  provider: JsonObject;
  problems: CellProblem[];
  /**
   * For each numbered list, the spreadsheet's numbers of the items kept, in order: an empty "Telefoon 1"
   * beside a filled "Telefoon 2" makes one phone, whose messages must still name "Telefoon 2".
   */
  itemNumbers: Map<string, number[]>;
}

/** Whether every cell of a row is empty: such rows (Excel writes them as ";;;") are skipped. */
export function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** A row of cells as a provider file. Empty cells leave their field out; spaces around a value are dropped. */
export function readRow(cells: readonly string[], columns: readonly (Column | undefined)[]): ReadRow {
  const provider: JsonObject = { $schema: SCHEMA_REF, channels: {} };
  const problems: CellProblem[] = [];
  columns.forEach((column, i) => {
    const text = (cells[i] ?? '').trim();
    if (!column || text === '') return;
    const read = cellValue(text, column.kind);
    if (!read.ok) problems.push({ header: column.header, message: read.message, fix: read.fix });
    else if (read.value !== undefined) setAt(provider, column.path, read.value);
  });
  const itemNumbers = new Map<string, number[]>();
  for (const group of NUMBERED_GROUPS) {
    const [parentPath, key] = [group.listPath.slice(0, -1), group.listPath[group.listPath.length - 1]];
    const parent = asObject(valueAt(provider, parentPath));
    const items = parent ? asArray(parent[key]) : [];
    if (!parent || items.length === 0) continue;
    const numbers = items.flatMap((item, index) => (item === undefined ? [] : [index + 1]));
    parent[key] = items.filter((item) => item !== undefined);
    itemNumbers.set(String(group.listPath.join('.')), numbers);
  }
  return { provider, problems, itemNumbers };
}

function setAt(target: JsonObject, path: JsonPath, value: unknown): void {
  let current: Record<string | number, unknown> = target;
  path.forEach((part, i) => {
    if (i === path.length - 1) {
      current[part] = value;
      return;
    }
    if (current[part] === undefined) current[part] = typeof path[i + 1] === 'number' ? [] : {};
    current = current[part] as Record<string | number, unknown>;
  });
}

/**
 * The column a checker's message is about, from its field ("channels.phone[0].hours"): the column of
 * that field, or of the first field inside it ("summary" → "Korte zin (nl)"), or of the list it is an
 * item of ("themes[2]" → "Thema's"). Item numbers are the spreadsheet's, not the file's.
 */
export function columnOfField(field: string | undefined, itemNumbers: Map<string, number[]>): string | undefined {
  if (!field) return undefined;
  const path: JsonPath = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1],
  );
  for (const group of NUMBERED_GROUPS) {
    const length = group.listPath.length;
    const index = path[length];
    if (typeof index === 'number' && group.listPath.every((part, i) => path[i] === part)) {
      const numbers = itemNumbers.get(group.listPath.join('.'));
      path[length] = (numbers?.[index] ?? index + 1) - 1;
    }
  }
  const same = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((part, i) => part === b[i]);
  const startsWith = (whole: JsonPath, start: JsonPath) => start.every((part, i) => whole[i] === part);
  const columns = ALL_COLUMNS;
  return (
    columns.find((column) => same(column.path, path)) ??
    columns.find((column) => startsWith(column.path, path)) ??
    columns.find((column) => startsWith(path, column.path))
  )?.header;
}
