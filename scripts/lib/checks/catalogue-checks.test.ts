/** Bad examples for the checks that look at a file's syntax or at several files together. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFolder } from '../check-data.ts';
import { formatGithubAnnotation, formatProblem } from '../problems.ts';
import {
  exampleProvider,
  fileText,
  problemsFrom,
  REAL_DATA,
  temporaryFolder,
  TODAY,
  withoutEmptyThemeWarnings,
  writeDataFolder,
} from '../../../tests/helpers/data-folder.ts';

const VALID = fileText('providers/fictief-voorbeeld.json', exampleProvider());
const check = (files: Record<string, unknown>) => withoutEmptyThemeWarnings(checkDataFolder(writeDataFolder(files), { today: TODAY }));

describe('json-syntax', () => {
  it('explains a missing comma with line and column', () => {
    const text = VALID.replace('"name": "Fictief Jongerenpunt (testdata)",', '"name": "Fictief Jongerenpunt (testdata)"');
    const [problem] = problemsFrom(check({ 'providers/fictief-voorbeeld.json': text }), 'json-syntax');
    const line = text.split('\n').findIndex((l) => l.includes('"summary"')) + 1;
    expect(problem).toMatchObject({ line, column: 3, providerId: 'fictief-voorbeeld' });
    expect(problem.message).toBe(`Op regel ${line}, teken 3 verwacht de computer een komma.`);
    expect(problem.fix).toContain('aan het einde van de regel ervoor');
  });

  it('explains a comma too many before a closing brace', () => {
    // The last field of the place: a comma after it stands right before the closing brace.
    const text = VALID.replace('"hours": "Tu 15:00-19:00"', '"hours": "Tu 15:00-19:00",');
    expect(text).not.toBe(VALID);
    const [problem] = problemsFrom(check({ 'providers/fictief-voorbeeld.json': text }), 'json-syntax');
    expect(problem.fix).toContain('komma te veel');
  });

  it('recognises curly quotes pasted from a word processor', () => {
    const text = VALID.replace('"name": "Fictief', '"name": “Fictief');
    const [problem] = problemsFrom(check({ 'providers/fictief-voorbeeld.json': text }), 'json-syntax');
    expect(problem.message).toContain('gekruld aanhalingsteken (“)');
  });

  it('refuses comments and points to staffNote', () => {
    const text = VALID.replace('"free": true,', '"free": true, // nog nakijken');
    const [problem] = problemsFrom(check({ 'providers/fictief-voorbeeld.json': text }), 'json-syntax');
    expect(problem.fix).toContain('staffNote');
  });

  it('says when a file is empty', () => {
    const [problem] = problemsFrom(check({ 'providers/fictief-voorbeeld.json': '' }), 'json-syntax');
    expect(problem.message).toBe('Het bestand is leeg.');
  });
});

describe('id-matches-file', () => {
  it('refuses an id that differs from the file name and offers both fixes', () => {
    const [problem] = problemsFrom(check({ 'providers/fictief-ander.json': exampleProvider() }), 'id-matches-file');
    expect(problem.file).toMatch(/fictief-ander\.json$/);
    expect(problem.fix).toBe('maak ze gelijk: zet "id": "fictief-ander", of hernoem het bestand naar fictief-voorbeeld.json.');
  });
});

describe('id-unique', () => {
  it('refuses two files whose names differ only in capitals', () => {
    const result = check({ 'providers/fictief-voorbeeld.json': exampleProvider(), 'providers/Fictief-voorbeeld.json': exampleProvider() });
    const problems = problemsFrom(result, 'id-unique');
    const byFile = Object.fromEntries(problems.map((p) => [p.file.split('/').pop(), p.message]));
    expect(Object.keys(byFile).sort()).toEqual(['Fictief-voorbeeld.json', 'fictief-voorbeeld.json']);
    expect(byFile['Fictief-voorbeeld.json']).toMatch(
      /^Het id "fictief-voorbeeld" wordt ook gebruikt in .*providers\/fictief-voorbeeld\.json\.$/,
    );
  });
});

describe('vocabulary', () => {
  it('refuses a postcode listed under two municipalities', () => {
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    const vocabulary = JSON.parse(readFileSync(`${dir}/vocabulary/municipalities.json`, 'utf8'));
    vocabulary.municipalities[0].postcodes.push({ code: '3500', places: ['Hasselt'] });
    writeFileSync(`${dir}/vocabulary/municipalities.json`, JSON.stringify(vocabulary, null, 2));
    const [problem] = problemsFrom(checkDataFolder(dir, { today: TODAY }), 'vocabulary');
    expect(problem.message).toBe('Postcode 3500 staat bij alken én bij hasselt.');
  });

  it('says when a vocabulary file is missing', () => {
    const result = checkDataFolder(writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() }, { vocabulary: false }), {
      today: TODAY,
    });
    expect(problemsFrom(result, 'vocabulary').map((p) => p.message)).toEqual(['Dit bestand ontbreekt.', 'Dit bestand ontbreekt.']);
  });
});

describe('file-name', () => {
  it('refuses a provider file that does not end in .json', () => {
    const [problem] = problemsFrom(
      check({ 'providers/fictief-voorbeeld.json': exampleProvider(), 'providers/fictief.txt': 'x' }),
      'file-name',
    );
    expect(problem.file).toMatch(/fictief\.txt$/);
  });

  it('names the providers folder of an empty data folder, wherever the data folder is', () => {
    // A path with "vocabulary" in it once turned the themes file's path into the wrong folder.
    const dir = join(temporaryFolder('hulphub-vocabulary-'), 'data');
    mkdirSync(join(dir, 'providers'), { recursive: true });
    cpSync(join(REAL_DATA, 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });
    const problems = problemsFrom(checkDataFolder(dir, { today: TODAY }), 'file-name');
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      [`${join(dir, 'providers')}/`, 'Er staan geen aanbieders in de map.'],
    ]);
  });
});

describe('every problem is collected', () => {
  it('reports problems from several files and several checks in one run', () => {
    const badPhone = exampleProvider('fictief-een');
    (badPhone.channels as { phone: Record<string, unknown>[] }).phone[0].number = '123';
    const badTheme = { ...exampleProvider('fictief-twee'), themes: ['bestaat-niet'], website: 'x' };
    const result = check({
      'providers/fictief-een.json': badPhone,
      'providers/fictief-twee.json': badTheme,
      'providers/fictief-drie.json': '{',
    });
    expect(new Set(result.problems.map((p) => p.check))).toEqual(new Set(['phone-numbers', 'themes-exist', 'schema', 'json-syntax']));
    expect(result.errorCount).toBe(4);
  });
});

describe('output', () => {
  const problem = {
    severity: 'error' as const,
    check: 'links',
    file: 'data/providers/awel.json',
    line: 12,
    providerId: 'awel',
    field: 'channels.website',
    message: 'De link begint met "javascript:".',
    fix: 'zet hier het adres van een gewone webpagina, dat begint met https://',
  };

  it('shows file, line, provider, field, what is wrong and the fix', () => {
    expect(formatProblem(problem)).toBe(
      'FOUT  data/providers/awel.json:12  (aanbieder "awel", veld "channels.website")\n  De link begint met "javascript:".\n  Zo los je het op: zet hier het adres van een gewone webpagina, dat begint met https://',
    );
  });

  it('cannot be made to start a line of its own in the CI log, whatever a value holds', () => {
    // A value with a line break could start a new line with "::stop-commands::", which would hide every
    // annotation after it; an escape character could rewrite the terminal.
    const hostile = {
      ...problem,
      message: 'De link "x\n::stop-commands::geheim\r\n::error::nep" klopt niet \u001b[2J.',
      field: 'name\n::warning::x',
    };
    for (const output of [formatProblem(hostile), formatGithubAnnotation(hostile)]) {
      for (const line of output.split('\n').slice(1)) expect(line).not.toMatch(/^::/);
      expect(output.includes('\r') || output.includes('\u001b')).toBe(false);
    }
    expect(formatProblem(hostile)).toContain('x[U+000A]::stop-commands::geheim[U+000D][U+000A]::error::nep');
    expect(formatGithubAnnotation(hostile).split('\n')).toHaveLength(1);
  });

  it('prints a GitHub annotation on the right line, with its special characters escaped', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=data/providers/awel.json,line=12,title=Hulp HUB%3A channels.website::De link begint met "javascript:". Zo los je het op: zet hier het adres van een gewone webpagina, dat begint met https://',
    );
  });
});

describe('theme-without-providers', () => {
  const warnings = (files: Record<string, unknown>) =>
    problemsFrom(checkDataFolder(writeDataFolder(files), { today: TODAY }), 'theme-without-providers');
  const themeIds = (list: { message: string }[]) => list.map((problem) => /thema "([^"]+)"/.exec(problem.message)?.[1]);

  it('warns, naming each theme no provider has and where young people who choose it are sent, and still lets the site be built', () => {
    const result = checkDataFolder(writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() }), { today: TODAY });
    const found = problemsFrom(result, 'theme-without-providers');
    expect(found.every((problem) => problem.severity === 'warning' && problem.file.endsWith('vocabulary/themes.json'))).toBe(true);
    expect(themeIds(found)).toContain('rouw');
    // The example provider's themes (pesten, somber) have a provider.
    expect(themeIds(found)).not.toContain('pesten');
    expect(themeIds(found)).not.toContain('somber');
    expect(found.find((problem) => problem.message.includes('"rouw"'))!.line).toBeGreaterThan(1);
    expect(result.errorCount).toBe(0);
  });

  it('names the helplines for any question, or says there is none', () => {
    const helpline = { ...exampleProvider('fictieve-hulplijn'), themes: ['somber'], anyQuestion: true };
    const [withHelpline] = warnings({ 'providers/fictieve-hulplijn.json': helpline }).filter((p) => p.message.includes('"rouw"'));
    expect(withHelpline.message).toContain('alleen de hulplijnen voor elke vraag (fictieve-hulplijn)');
    const [without] = warnings({ 'providers/fictief-voorbeeld.json': exampleProvider() }).filter((p) => p.message.includes('"rouw"'));
    expect(without.message).toContain('alleen de crisislijnen');
  });

  it('stops warning once a provider has the theme', () => {
    const grief = { ...exampleProvider('fictieve-rouwhulp'), themes: ['rouw'] };
    expect(themeIds(warnings({ 'providers/fictieve-rouwhulp.json': grief }))).not.toContain('rouw');
  });
});
