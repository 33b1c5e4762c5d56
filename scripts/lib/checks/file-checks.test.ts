/**
 * The strict reader: whatever is on disk, the check gives a Dutch message with file and line and never
 * a stack trace. Keys JSON.parse would silently accept (twice, or "__proto__") are refused.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder, MAX_PROBLEMS_PER_FILE } from '../check-data.ts';
import { MAX_FILE_BYTES } from '../data-folder.ts';
import {
  exampleProvider,
  fileText,
  problemsFrom,
  temporaryFolder,
  TODAY,
  withoutEmptyThemeWarnings,
  writeDataFolder,
} from '../../../tests/helpers/data-folder.ts';

const FILE = 'providers/fictief-voorbeeld.json';
const VALID = fileText(FILE, exampleProvider());
const check = (files: Record<string, unknown>) => withoutEmptyThemeWarnings(checkDataFolder(writeDataFolder(files), { today: TODAY }));
const checkDir = (dir: string) => withoutEmptyThemeWarnings(checkDataFolder(dir, { today: TODAY }));
const lineWith = (text: string, part: string) => text.split('\n').findIndex((line) => line.includes(part)) + 1;

describe('json-keys', () => {
  it('refuses a key written twice, on the line of the second one', () => {
    const text = VALID.replace('"number": "+32 11 00 12 34",', '"number": "+32 11 00 12 34", "number": "+32 11 00 99 99",');
    const result = check({ [FILE]: text });
    const [problem] = problemsFrom(result, 'json-keys');
    expect(problem).toMatchObject({ field: 'channels.phone[0].number', line: lineWith(text, '"number"'), providerId: 'fictief-voorbeeld' });
    expect(problem.message).toBe(
      'Het veld "number" staat twee keer in hetzelfde blok. De computer zou er maar één gebruiken, en niet altijd het eerste.',
    );
    expect(result.providers.map((p) => p.id)).not.toContain('fictief-voorbeeld');
  });

  it('refuses "__proto__", which would change the object instead of adding a field', () => {
    const text = VALID.replace('"free": true,', '"free": true,\n  "__proto__": { "crisisLane": 5 },');
    const result = check({ [FILE]: text });
    const [problem] = problemsFrom(result, 'json-keys');
    expect(problem).toMatchObject({ field: '__proto__', line: lineWith(text, '__proto__') });
    expect(problem.message).toContain('"__proto__" kan geen naam van een veld zijn');
    expect(result.providers.map((p) => p.id)).not.toContain('fictief-voorbeeld');
    expect(({} as Record<string, unknown>).crisisLane).toBeUndefined();
  });

  it('refuses "constructor" and duplicates in the vocabulary files too', () => {
    const result = check({ 'vocabulary/themes.json': '{ "themes": [], "themes": [], "constructor": 1 }' });
    expect(problemsFrom(result, 'json-keys').map((p) => p.field)).toEqual(['themes', 'constructor']);
  });
});

describe('file: encoding', () => {
  it('accepts a byte-order mark, which Windows editors add', () => {
    expect(check({ [FILE]: `\uFEFF${VALID}` }).problems).toEqual([]);
  });

  it('refuses a Latin-1 letter, naming its line, instead of showing "�"', () => {
    const dir = writeDataFolder({});
    const bytes = Buffer.from(VALID.replace('Fictief Jongerenpunt', 'Fictief Caf\u00e9'), 'latin1');
    writeFileSync(join(dir, FILE), bytes);
    const [problem] = problemsFrom(checkDir(dir), 'file');
    expect(problem.line).toBe(lineWith(VALID, '"name"'));
    expect(problem.message).toContain('geen UTF-8 is (byte 0xE9)');
    expect(problem.fix).toContain('UTF-8');
  });

  it('refuses UTF-16, with or without its byte-order mark', () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]), Buffer.from(VALID, 'utf16le')]) {
      const dir = writeDataFolder({});
      writeFileSync(join(dir, FILE), bytes);
      expect(problemsFrom(checkDir(dir), 'file')[0].message).toBe('Het bestand is bewaard als UTF-16. Hulp HUB leest alleen UTF-8.');
    }
  });
});

describe('file: what is on disk', () => {
  it('refuses a folder named like a provider file', () => {
    const dir = writeDataFolder({});
    mkdirSync(join(dir, 'providers', 'x.json'));
    const [problem] = problemsFrom(checkDir(dir), 'file');
    expect(problem.message).toMatch(/x\.json is een map, geen bestand\.$/);
  });

  it('refuses a link, dangling or not, without following it', () => {
    const dir = writeDataFolder({});
    symlinkSync(join(dir, 'bestaat-niet.json'), join(dir, 'providers', 'weg.json'));
    symlinkSync('/etc/hostname', join(dir, 'providers', 'elders.json'));
    const messages = problemsFrom(checkDir(dir), 'file').map((p) => p.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toContain('is een snelkoppeling (symlink), geen gewoon bestand');
  });

  it('refuses a file far bigger than any provider', () => {
    const [problem] = problemsFrom(check({ [FILE]: ' '.repeat(MAX_FILE_BYTES + 1) }), 'file');
    expect(problem.message).toContain(`mag hoogstens ${MAX_FILE_BYTES / 1024} KB zijn`);
  });

  it('refuses brackets nested deeper than any provider, without overflowing the stack', () => {
    const text = `{ "a": ${'['.repeat(50_000)}${']'.repeat(50_000)} }`;
    const [problem] = problemsFrom(check({ [FILE]: text }), 'json-syntax');
    expect(problem.message).toContain('haakjes { of [ in elkaar');
  });

  it('follows a link to the data folder itself, which is not a data file', () => {
    const dir = writeDataFolder({ [FILE]: exampleProvider() });
    const link = join(temporaryFolder(), 'data');
    symlinkSync(dir, link);
    expect(checkDir(link).problems).toEqual([]);
  });

  it('lists at most 50 problems for one file, then says how many more, and still counts them all', () => {
    const keys = Array.from({ length: 500 }, () => '"free": true').join(', ');
    const result = check({ [FILE]: VALID.replace('"free": true,', `${keys},`) });
    const inFile = result.problems.filter((p) => p.file.endsWith(FILE));
    expect(inFile).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(inFile.at(-1)!.message).toBe(`Er zijn nog ${499 - MAX_PROBLEMS_PER_FILE} meldingen in dit bestand die hier niet staan.`);
    expect(result.errorCount).toBe(499);
  });

  it('says when the data folder does not exist', () => {
    const result = checkDir('/tmp/hulphub-bestaat-echt-niet');
    expect(problemsFrom(result, 'file')[0].message).toBe('De map "/tmp/hulphub-bestaat-echt-niet" bestaat niet.');
    expect(result.errorCount).toBeGreaterThan(0);
  });
});
