/**
 * The staff spreadsheet: export then import changes no file, and an import with mistakes names the row,
 * the column and the fix, and writes nothing. Fictional data only; the real data's round trip is an
 * invariant check in tests/data/real-data-open-data.test.ts.
 */
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  checkProvider,
  fileText,
  providerWithEveryField,
  temporaryFolder,
  TODAY,
  writeDataFolder,
} from '../../../tests/helpers/data-folder.ts';
import { writeFixtureCatalogue } from '../../data-fixtures.ts';
import { checkDataFolder } from '../check-data.ts';
import { readCsv, writeCsv } from '../csv-file.ts';
import { providersCsv } from './spreadsheet.ts';
import { importSpreadsheet } from './spreadsheet-import.ts';

/** Every provider file of a data folder, name → bytes. */
function providerFiles(dataDir: string): Map<string, Buffer> {
  const dir = join(dataDir, 'providers');
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

function exportOf(dataDir: string): string {
  const result = checkDataFolder(dataDir, { today: TODAY });
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return providersCsv(result.providers, 'staff');
}

/** The export as rows, changed by `edit`, written back as a spreadsheet. */
function edited(csv: string, edit: (rows: string[][]) => void): string {
  const read = readCsv(csv);
  if (!read.ok) throw new Error('export not readable');
  edit(read.rows);
  return writeCsv(read.rows);
}

function setCell(rows: string[][], id: string, header: string, value: string): void {
  const column = rows[0].indexOf(header);
  const row = rows.find((cells) => cells[0] === id);
  if (column < 0 || !row) throw new Error(`no cell ${id} / ${header}`);
  row[column] = value;
}

describe('spreadsheet round trip', () => {
  it('a provider with every field comes back byte for byte, and its file is unchanged', () => {
    expect(checkProvider(providerWithEveryField()).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const before = providerFiles(dataDir);
    const csv = exportOf(dataDir);

    const result = importSpreadsheet(csv, dataDir, { today: TODAY });
    expect(result).toMatchObject({ ok: true, written: [], removed: [], unchanged: before.size });
    expect(providerFiles(dataDir)).toEqual(before);

    // Loses nothing: into an empty folder, every file is written again exactly as it was.
    for (const name of before.keys()) rmSync(join(dataDir, 'providers', name));
    const again = importSpreadsheet(csv, dataDir, { today: TODAY });
    expect(again.written).toHaveLength(before.size);
    expect(providerFiles(dataDir)).toEqual(before);
  });

  it('a fictional catalogue of 2,000 providers comes back byte for byte', { timeout: 180_000 }, () => {
    const dataDir = temporaryFolder('hulphub-2000-');
    writeFixtureCatalogue(dataDir, 2000);
    const before = providerFiles(dataDir);
    const csv = exportOf(dataDir);
    for (const name of before.keys()) rmSync(join(dataDir, 'providers', name));

    const result = importSpreadsheet(csv, dataDir, { today: TODAY });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.written).toHaveLength(2004);
    expect(providerFiles(dataDir)).toEqual(before);
  });

  it('leaves a file as it is when its row says the same, also where a cell cannot show it exactly', () => {
    const odd = {
      ...providerWithEveryField(),
      name: ' Fictief Jongerenpunt (testdata) ',
      keywords: [],
      age: {},
      staffNote: '  Fictieve notitie. ',
    };
    expect(checkProvider(odd).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': odd });
    const before = providerFiles(dataDir);
    expect(importSpreadsheet(exportOf(dataDir), dataDir, { today: TODAY })).toMatchObject({ ok: true, written: [], removed: [] });
    expect(providerFiles(dataDir)).toEqual(before);
  });

  it('rewrites a file whose row is the same except for a character the checks refuse, so the file comes out clean', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const csv = exportOf(dataDir);
    writeFileSync(
      join(dataDir, 'providers', 'fictief-alles.json'),
      fileText('providers/x', { ...providerWithEveryField(), name: 'Fictief Jongerenpunt (testdata)\uFEFF' }),
    );
    expect(importSpreadsheet(csv, dataDir, { today: TODAY })).toMatchObject({ ok: true, written: ['fictief-alles'] });
    expect(checkDataFolder(dataDir, { today: TODAY }).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it("opens with csv-parse's strict parser: one record per provider, every row as long as the header", () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const csv = exportOf(dataDir);
    expect(csv.startsWith('\uFEFF"Id";"Naam";')).toBe(true);
    const records: Record<string, string>[] = parse(csv, {
      bom: true,
      delimiter: ';',
      columns: true,
      relax_quotes: false,
      relax_column_count: false,
      skip_records_with_error: false,
      skip_empty_lines: false,
    });
    expect(records.map((record) => record.Id)).toEqual(
      readdirSync(join(dataDir, 'providers'))
        .map((name) => name.replace(/\.json$/, ''))
        .sort(),
    );
    const full = records.find((record) => record.Id === 'fictief-alles')!;
    // Cells Excel would change on opening carry its text mark; the import takes it off.
    expect(full['Telefoon 2: nummer']).toBe("'0800 12 345");
    expect(full['Bron 1: datum op de pagina']).toBe("'2026-10-01");
    expect(full['Plek 1: uren']).toBe('Tu 15:00-19:00');
    expect(full['Leeftijd vanaf']).toBe('12');
    expect(full['Telefoon 1: nummer']).toBe("'+32 11 00 12 34");
    expect(full["Thema's"]).toBe('pesten, somber');
    expect(full['Plek 2: buiten de regio']).toBe('ja');
    expect(full['Plek 1: breedtegraad']).toBe("'50.930012");
    expect(full['Interne notitie']).toBe('Interne notitie; met "aanhalingstekens".');
  });

  it('reads a spreadsheet as Excel saves it again: "," between cells, days as 20/11/2026, "50,93", no apostrophes', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const before = providerFiles(dataDir);
    const read = readCsv(exportOf(dataDir));
    if (!read.ok) throw new Error('export not readable');
    const rows = read.rows;
    setCell(rows, 'fictief-alles', 'Nagekeken op', '1/11/2026');
    setCell(rows, 'fictief-alles', 'Bron 1: datum op de pagina', '01/10/2026');
    setCell(rows, 'fictief-alles', 'Plek 1: breedtegraad', '50,930012');
    setCell(rows, 'fictief-alles', 'Gratis', 'JA');
    const commaSeparated = parse(writeCsv(rows).slice(1), { delimiter: ';' }) as string[][];
    const excelText = commaSeparated
      .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
      .join('\r\n');

    expect(importSpreadsheet(excelText, dataDir, { today: TODAY })).toMatchObject({ ok: true, written: [] });
    expect(providerFiles(dataDir)).toEqual(before);
  });

  it('a row added makes a new file and a row removed removes its file: the spreadsheet is the whole list', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const csv = edited(exportOf(dataDir), (rows) => {
      const row = rows.find((cells) => cells[0] === 'fictief-alles')!;
      rows.push(row.map((cell, i) => (i === 0 ? 'fictief-nieuw' : cell)));
      rows.splice(rows.indexOf(row), 1);
    });
    const result = importSpreadsheet(csv, dataDir, { today: TODAY });
    expect(result).toMatchObject({ ok: true, written: ['fictief-nieuw'], removed: ['fictief-alles'] });
    const written = JSON.parse(readFileSync(join(dataDir, 'providers', 'fictief-nieuw.json'), 'utf8'));
    expect(written).toEqual({ ...providerWithEveryField(), id: 'fictief-nieuw' });
  });
});

describe('an import that would break a promise of the site', () => {
  it('cannot remove a line of the crisis lane: removing its row is refused, and every file stays', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const before = providerFiles(dataDir);
    const csv = edited(exportOf(dataDir), (rows) => {
      rows.splice(
        rows.findIndex((cells) => cells[0] === 'zelfmoordlijn-1813'),
        1,
      );
    });
    const result = importSpreadsheet(csv, dataDir, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ check: 'crisis-lane', message: expect.stringContaining('1813') }),
    ]);
    expect(providerFiles(dataDir)).toEqual(before);
  });

  it('never writes through a link in the providers folder (it could point outside data/), nor removes hidden files', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const csv = exportOf(dataDir);
    const outside = join(temporaryFolder('hulphub-outside-'), 'buiten.txt');
    writeFileSync(outside, 'blijft staan');
    rmSync(join(dataDir, 'providers', 'fictief-alles.json'));
    symlinkSync(outside, join(dataDir, 'providers', 'fictief-alles.json'));
    writeFileSync(join(dataDir, 'providers', '.verborgen.json'), '{}');

    const refused = importSpreadsheet(csv, dataDir, { today: TODAY });
    expect(refused.ok).toBe(false);
    expect(refused.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('snelkoppeling') }),
    ]);
    expect(readFileSync(outside, 'utf8')).toBe('blijft staan');

    rmSync(join(dataDir, 'providers', 'fictief-alles.json'));
    expect(importSpreadsheet(csv, dataDir, { today: TODAY })).toMatchObject({ ok: true, written: ['fictief-alles'], removed: [] });
    expect(readFileSync(join(dataDir, 'providers', '.verborgen.json'), 'utf8')).toBe('{}');
  });

  it('ignores empty columns without a name that Excel saved past the last column', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const csv = edited(exportOf(dataDir), (rows) => rows.forEach((cells) => cells.push('', '')));
    expect(importSpreadsheet(csv, dataDir, { today: TODAY })).toMatchObject({ ok: true, written: [], removed: [] });
  });
});

describe('an import with mistakes', () => {
  /** Imports `csv` into a fresh folder holding providerWithEveryField(), and checks no file changed. */
  function refused(edit: (rows: string[][]) => void) {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const before = providerFiles(dataDir);
    const result = importSpreadsheet(edited(exportOf(dataDir), edit), dataDir, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.written).toEqual([]);
    expect(providerFiles(dataDir)).toEqual(before);
    return result.problems.filter((problem) => problem.severity === 'error');
  }
  /** The row providerWithEveryField() has in the export (the crisis lane's fictional lines sort around it). */
  const rowOf = (rows: string[][], id: string) => rows.findIndex((cells) => cells[0] === id) + 1;

  it('a wrong phone number: its row, the column "Telefoon 1: nummer", and the phone check\'s message', () => {
    let row = 0;
    const problems = refused((rows) => {
      row = rowOf(rows, 'fictief-alles');
      setCell(rows, 'fictief-alles', 'Telefoon 1: nummer', '011 12');
    });
    expect(problems).toEqual([
      expect.objectContaining({
        row,
        column: 'Telefoon 1: nummer',
        providerId: 'fictief-alles',
        check: 'phone-numbers',
        message: expect.stringContaining('011 12'),
        fix: expect.any(String),
      }),
    ]);
  });

  it('a theme that does not exist: its row, the column "Thema\'s", and which theme', () => {
    let row = 0;
    const problems = refused((rows) => {
      row = rowOf(rows, 'fictief-alles');
      setCell(rows, 'fictief-alles', "Thema's", 'pesten, bestaat-niet');
    });
    expect(problems).toEqual([expect.objectContaining({ row, column: "Thema's", message: expect.stringContaining('bestaat-niet') })]);
  });

  it("a required column missing: row 1 and the column's name", () => {
    const problems = refused((rows) => {
      const column = rows[0].indexOf("Thema's");
      for (const row of rows) row.splice(column, 1);
    });
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: "Thema's", message: expect.stringContaining('ontbreekt') })]);
  });

  it("a column left out is refused, also one item's column, since empty cells would wipe that field everywhere", () => {
    const problems = refused((rows) => {
      for (const header of ['Organisatie', 'Telefoon 2: uren']) {
        const column = rows[0].indexOf(header);
        for (const row of rows) row.splice(column, 1);
      }
    });
    expect(problems).toEqual([
      expect.objectContaining({ row: 1, column: 'Organisatie', message: expect.stringContaining('ontbreekt') }),
      expect.objectContaining({ row: 1, column: 'Telefoon 2: uren', message: expect.stringContaining('ontbreekt') }),
    ]);
  });

  it('a whole numbered item left out is refused when a provider has it now, and a new item may come alone', () => {
    const problems = refused((rows) => {
      for (const header of rows[0].filter((name) => name.startsWith('Telefoon 2:'))) {
        const column = rows[0].indexOf(header);
        for (const row of rows) row.splice(column, 1);
      }
    });
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ row: 1, column: 'Telefoon 2: nummer' })]));

    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const csv = edited(exportOf(dataDir), (rows) => {
      rows[0].push('Telefoon 3: nummer');
      for (const row of rows.slice(1)) row.push(row[0] === 'fictief-alles' ? '+32 11 00 56 78' : '');
    });
    expect(importSpreadsheet(csv, dataDir, { today: TODAY })).toMatchObject({ ok: true, written: ['fictief-alles'] });
    const written = JSON.parse(readFileSync(join(dataDir, 'providers', 'fictief-alles.json'), 'utf8'));
    expect(written.channels.phone.map((phone: { number: string }) => phone.number)).toEqual([
      '+32 11 00 12 34',
      '0800 12 345',
      '+32 11 00 56 78',
    ]);
  });

  it('the published list (without internal notes) is refused, so an import cannot wipe them', () => {
    const problems = refused((rows) => {
      const column = rows[0].indexOf('Interne notitie');
      for (const row of rows) row.splice(column, 1);
    });
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: 'Interne notitie', message: expect.stringContaining('wissen') })]);
  });

  it('a broken row (a quote that never closes): its row and column, and nothing else is read', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const before = providerFiles(dataDir);
    const lines = exportOf(dataDir).split('\r\n');
    const index = lines.findIndex((line) => line.startsWith('"fictief-alles";'));
    lines[index] = lines[index].replace('"Fictief Jongerenpunt (testdata)"', '"Fictief Jongerenpunt (testdata)');
    const result = importSpreadsheet(lines.join('\r\n'), dataDir, { today: TODAY });
    expect(result).toMatchObject({
      ok: false,
      written: [],
      problems: [{ row: index + 1, column: 'Naam', message: expect.stringContaining('aanhalingsteken'), severity: 'error' }],
    });
    expect(providerFiles(dataDir)).toEqual(before);
  });

  it('a row with a cell too many: its row, and the cell past the last column', () => {
    const dataDir = writeDataFolder({ 'providers/fictief-alles.json': providerWithEveryField() });
    const lines = exportOf(dataDir).split('\r\n');
    const headerCells = readCsv(lines[0]);
    const index = lines.findIndex((line) => line.startsWith('"fictief-alles";'));
    lines[index] += ';"te veel"';
    const result = importSpreadsheet(lines.join('\r\n'), dataDir, { today: TODAY });
    expect(result.problems).toEqual([
      expect.objectContaining({ row: index + 1, column: `vak ${headerCells.ok ? headerCells.rows[0].length + 1 : 0}`, severity: 'error' }),
    ]);
  });

  it('cells that are not what their column holds, and ids that cannot name a file, each with row and column', () => {
    let row = 0;
    const problems = refused((rows) => {
      row = rowOf(rows, 'fictief-alles');
      setCell(rows, 'fictief-alles', 'Gratis', 'misschien');
      setCell(rows, 'fictief-alles', 'Leeftijd vanaf', 'twaalf');
      setCell(rows, 'fictief-alles', 'Plek 1: lengtegraad', '5.3.3');
      rows.push(rows[row - 1].map((cell, i) => (i === 0 ? '../Fictief' : cell)));
      rows.push([...rows[row - 1]]);
    });
    const last = row; // the two rows pushed sit after every other row
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row, column: 'Gratis', message: expect.stringContaining('misschien') }),
        expect.objectContaining({ row, column: 'Leeftijd vanaf' }),
        expect.objectContaining({ row, column: 'Plek 1: lengtegraad' }),
        expect.objectContaining({ column: 'Id', message: expect.stringContaining('../Fictief') }),
        expect.objectContaining({ column: 'Id', message: expect.stringContaining(`rij ${last}`) }),
      ]),
    );
  });

  it('an unknown or doubled column header: row 1 and that header', () => {
    const problems = refused((rows) => {
      rows[0].push('Telefoon 9: nummer', 'Naam');
      for (const cells of rows.slice(1)) cells.push('', '');
    });
    expect(problems).toEqual([
      expect.objectContaining({ row: 1, column: 'Telefoon 9: nummer', message: expect.stringContaining('kent de import niet') }),
      expect.objectContaining({ row: 1, column: 'Naam', message: expect.stringContaining('twee keer') }),
    ]);
  });

  it("a message about an item names the spreadsheet's number, also when an earlier item is left empty", () => {
    let row = 0;
    const problems = refused((rows) => {
      row = rowOf(rows, 'fictief-alles');
      for (const header of rows[0].filter((h) => h.startsWith('Telefoon 1:'))) setCell(rows, 'fictief-alles', header, '');
      setCell(rows, 'fictief-alles', 'Telefoon 2: uren', 'Mo-Fr 9-17');
    });
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row, column: 'Telefoon 2: uren', check: 'opening-hours' })]),
    );
  });
});
