/**
 * Spreadsheet files (CSV) as staff open them in Excel in Belgium: UTF-8 with a byte-order mark (without it,
 * Excel shows "Ã©" for "é"), ';' between cells (Belgian Excel uses ',' for decimals) and a line break of
 * \r\n. Reading also takes ',' as separator, as Excel in other languages and Google Sheets write it.
 *
 * Writing and reading use csv-stringify and csv-parse (the "csv" project for Node.js): quoting, quotes
 * inside a cell and line breaks inside a cell are exactly the cases hand-written CSV code gets wrong.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const BOM = '\uFEFF';

/** Characters that make Excel read a cell as a formula (OWASP "CSV injection"), after any text marks. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A whole number Excel writes back as it read it: no leading zero, and at most 11 digits (longer ones it saves as 1,23457E+11). */
const PLAIN_NUMBER = /^[1-9]\d{0,10}$/;

/**
 * How much of a cell Excel must be kept from changing:
 * - `formulas`: only what Excel would run as a formula ("=…", "+32 …"), OWASP's advice for any CSV that
 *   may be opened in Excel. For the published list: other programs read the rest as it is.
 * - `everything`: also what Excel would read as a date or a number and write back otherwise ("24/7" as
 *   24 July, "2025-03" as March 1st, "50.965" in Belgium as 50965, "011336533" without its 0), and a value
 *   that starts with an apostrophe, Excel's own text mark. For the staff spreadsheet, which comes back.
 */
export type CsvGuard = 'formulas' | 'everything';

function excelWouldChange(value: string, guard: CsvGuard): boolean {
  if (FORMULA_START.test(value)) return true;
  return guard === 'everything' && (value.startsWith("'") || (/^\d/.test(value) && !PLAIN_NUMBER.test(value)));
}

/**
 * Such a cell gets a leading apostrophe, Excel's mark for "text, as it is". Reading takes it off again,
 * whether Excel kept it or not; apostrophes already in the value count, so exactly the one added here goes.
 */
function guarded(value: string, guard: CsvGuard): string {
  return excelWouldChange(value, guard) ? `'${value}` : value;
}

/** Takes off the apostrophe `guarded` added, so the cell reads as written. */
function unguarded(value: string): string {
  return value.startsWith("'") && excelWouldChange(value.slice(1), 'everything') ? value.slice(1) : value;
}

/** Rows of cells as a spreadsheet file: every cell quoted, so a ';' or a line break in a text never splits it. */
export function writeCsv(rows: readonly (readonly string[])[], guard: CsvGuard = 'everything'): string {
  return (
    BOM +
    stringify(
      rows.map((row) => row.map((cell) => guarded(cell, guard))),
      { delimiter: ';', quoted: true, quoted_empty: true, record_delimiter: '\r\n' },
    )
  );
}

/** Where a spreadsheet could not be read: the row as Excel numbers it (the header is row 1) and the cell. */
export interface CsvReadError {
  row: number;
  /** The header of the cell where reading stopped, or "vak 12" past the last header, when the parser knows it. */
  column?: string;
  message: string;
  fix: string;
}

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; error: CsvReadError };

/**
 * Reads a spreadsheet file strictly: a quote left open, text after a closing quote or a row with more or
 * fewer cells than the header is an error, never a guess. The separator is the one the header uses.
 */
export function readCsv(text: string): CsvRead {
  const withoutBom = text.startsWith(BOM) ? text.slice(1) : text;
  const headerLine = withoutBom.slice(0, withoutBom.search(/\r?\n|$/));
  const delimiter = headerLine.includes(';') || !headerLine.includes(',') ? ';' : ',';
  try {
    const rows: string[][] = parse(withoutBom, { delimiter, skip_empty_lines: true });
    return { ok: true, rows: rows.map((row) => row.map(unguarded)) };
  } catch (error) {
    const { cell, ...explained } = explainParseError(error);
    return { ok: false, error: { ...explained, column: cell === undefined ? undefined : columnName(withoutBom, delimiter, cell) } };
  }
}

/** The header of cell `cell` (0-based), read from the first row alone. */
function columnName(text: string, delimiter: string, cell: number): string {
  try {
    const [headers = []]: string[][] = parse(text, { delimiter, to_line: 1, relax_column_count: true });
    return headers[cell] ?? `vak ${Math.min(cell, headers.length) + 1}`;
  } catch {
    return `vak ${cell + 1}`;
  }
}

/** csv-parse's error as a row, a cell and a message in Dutch. */
function explainParseError(error: unknown): Omit<CsvReadError, 'column'> & { cell?: number } {
  const details = error as { code?: string; records?: number; index?: number; message?: string };
  // csv-parse counts the header as a record; Excel numbers it row 1.
  const row = (details.records ?? 0) + 1;
  switch (details.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        row,
        cell: details.index,
        message: 'In deze rij gaat een aanhalingsteken (") open dat niet meer sluit. Alles daarna lijkt één vak.',
        fix: 'zet een " aan het einde van de tekst in dit vak, of haal het losse " weg. Een " in een tekst schrijf je als "".',
      };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        row,
        cell: details.index,
        message: 'In dit vak staat tekst na het aanhalingsteken (") dat de tekst afsluit.',
        fix: 'schrijf een " in een tekst als "", of zet de hele tekst tussen " en ".',
      };
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return {
        row,
        cell: details.index,
        message: 'Deze rij heeft een ander aantal vakken dan de eerste rij met de namen van de kolommen.',
        fix: 'kijk of er een ; te veel of te weinig staat (bv. in een tekst zonder " errond), en of de rij niet in twee gesplitst is.',
      };
    default:
      return {
        row,
        cell: details.index,
        message: `Deze rij kan niet gelezen worden (${details.message ?? String(error)}).`,
        fix: 'bewaar de spreadsheet opnieuw als "CSV UTF-8 (gescheiden door lijstscheidingsteken)".',
      };
  }
}
