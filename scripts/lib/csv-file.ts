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

/** A whole number Excel writes back exactly as it read it (no leading zero, at most 15 digits). */
const PLAIN_NUMBER = /^[1-9]\d{0,14}$/;

/**
 * Whether Excel would change a cell when it opens the file: run it as a formula ("=…", a phone number
 * "+32 …"), or read it as a date or a number and write it back otherwise ("24/7" as 24 July, "2025-03" as
 * March 1st, "50.965" as 50965 in Belgium, "011336533" without its 0).
 */
function excelWouldChange(value: string): boolean {
  return FORMULA_START.test(value) || (/^'*\d/.test(value) && !PLAIN_NUMBER.test(value));
}

/**
 * Such a cell gets a leading apostrophe, Excel's mark for "text, as it is" (OWASP's advice against
 * formulas, too). Reading takes it off again, whether Excel kept it or not; apostrophes already in the
 * value count, so exactly the one added here goes.
 */
function guarded(value: string): string {
  return excelWouldChange(value) ? `'${value}` : value;
}

/** Takes off the apostrophe `guarded` added, so the cell reads as written. */
function unguarded(value: string): string {
  return value.startsWith("'") && excelWouldChange(value.slice(1)) ? value.slice(1) : value;
}

/** Rows of cells as a spreadsheet file: every cell quoted, so a ';' or a line break in a text never splits it. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return (
    BOM +
    stringify(
      rows.map((row) => row.map(guarded)),
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
