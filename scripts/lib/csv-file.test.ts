import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv-file.ts';

const read = (text: string) => {
  const result = readCsv(text);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.error)}`);
  return result.rows;
};

describe('spreadsheet files', () => {
  it('writes what Belgian Excel opens with accents intact: byte-order mark, ";" between cells, \\r\\n, every cell quoted', () => {
    expect(
      writeCsv([
        ['Naam', 'Uitleg'],
        ['Fictief Ééntje', 'één; twee'],
      ]),
    ).toBe('\uFEFF"Naam";"Uitleg"\r\n"Fictief Ééntje";"één; twee"\r\n');
  });

  it('reads back exactly what it wrote: quotes, separators, line breaks and formula-like text inside cells', () => {
    const rows = [
      ['Id', 'Tekst', 'Telefoon'],
      ['fictief-1', 'Zeg "hallo"; of niet,\nop een nieuwe regel', '+32 11 00 12 34'],
      ['fictief-2', '=HYPERLINK("x")', "'=al met apostrof"],
      ['fictief-3', '-5 graden', '@iemand'],
      ['fictief-4', '', "'gewoon een apostrof"],
    ];
    expect(read(writeCsv(rows))).toEqual(rows);
  });

  it('keeps Excel from running a cell as a formula: a leading apostrophe, which Excel drops when it saves', () => {
    const text = writeCsv([['a'], ['+32 11 00 12 34'], ['=1+1']]);
    expect(text).toContain(`"'+32 11 00 12 34"`);
    expect(text).toContain(`"'=1+1"`);
    // Saved again by Excel: the apostrophe is gone, and the value reads the same.
    expect(read('a\n+32 11 00 12 34\n')).toEqual([['a'], ['+32 11 00 12 34']]);
  });

  it('keeps Excel from reading hours, dates and decimals as dates or numbers, and gives them back as written', () => {
    const values = ['24/7', '2025-03', '2026-11-20', '50.965', '011336533', '116 000', "'24/7", '3500', '12', 'Mo-Fr 09:00-17:00'];
    const text = writeCsv([['a'], ...values.map((value) => [value])]);
    for (const value of ['24/7', '2025-03', '2026-11-20', '50.965', '011336533', '116 000']) expect(text).toContain(`"'${value}"`);
    for (const value of ['3500', '12', 'Mo-Fr 09:00-17:00']) expect(text).toContain(`"${value}"`);
    expect(read(text).slice(1).flat()).toEqual(values);
  });

  it('keeps a leading apostrophe of the value itself, whether or not Excel takes one as its text mark', () => {
    const text = writeCsv([['a'], ["'t Stekske"], ['123456789012']]);
    expect(text).toContain(`"''t Stekske"`);
    expect(text).toContain(`"'123456789012"`);
    expect(read(text).slice(1).flat()).toEqual(["'t Stekske", '123456789012']);
    // Saved again by an Excel that took the first apostrophe as its mark:
    expect(read("a\n't Stekske\n").slice(1).flat()).toEqual(["'t Stekske"]);
  });

  it('guards only formulas in a file for other programs, which read dates and numbers as they are', () => {
    expect(writeCsv([['+32 11 00 12 34', '24/7', '2025-03', "'t Stekske"]], 'formulas')).toBe(
      `\uFEFF"'+32 11 00 12 34";"24/7";"2025-03";"'t Stekske"\r\n`,
    );
  });

  it('reads "," as separator when the header row uses it, and files without a byte-order mark', () => {
    expect(read('Id,Naam\nfictief-1,"Fictief; met puntkomma"\n')).toEqual([
      ['Id', 'Naam'],
      ['fictief-1', 'Fictief; met puntkomma'],
    ]);
  });

  it('refuses a quote left open, with the row as Excel numbers it and the column header', () => {
    const result = readCsv('Id;Naam;Thema\nfictief-1;a;b\nfictief-2;"open;c\nfictief-3;d;e\n');
    expect(result).toMatchObject({ ok: false, error: { row: 3, column: 'Naam' } });
    if (!result.ok) expect(result.error.message).toContain('aanhalingsteken');
  });

  it('refuses a row with more or fewer cells than the header, naming where it goes wrong', () => {
    expect(readCsv('Id;Naam;Thema\nfictief-1;a;b\nfictief-2;a\n')).toMatchObject({
      ok: false,
      error: { row: 3, column: 'Thema', message: expect.stringContaining('ander aantal vakken') },
    });
    expect(readCsv('Id;Naam\nfictief-1;a\nfictief-2;a;b\n')).toMatchObject({ ok: false, error: { row: 3, column: 'vak 3' } });
  });

  it('refuses text after a closing quote', () => {
    expect(readCsv('Id;Naam\n"fictief-1"x;a\n')).toMatchObject({ ok: false, error: { row: 2, column: 'Id' } });
  });
});
