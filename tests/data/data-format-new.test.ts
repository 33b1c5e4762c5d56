/** `npm run data:format` and `npm run data:new` as staff run them: exit codes, messages, and what is (not) written. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGUE } from '../helpers/test-paths.ts';
import { exampleProvider, fileText, REAL_DATA, REPO_ROOT, temporaryFolder, writeDataFolder } from '../helpers/data-folder.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
/** Each test starts the real commands as processes; on a busy 2-core machine that takes many seconds. */
const PROCESS_TESTS = { timeout: 180_000 };
const run = (script: string, args: string[]) =>
  spawnSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: 'false' },
  });
const noStackTrace = (result: { stdout: string; stderr: string }) => expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);

/** Every file of a data folder, as bytes, by path inside it. */
function snapshot(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const sub of ['providers', 'vocabulary']) {
    for (const name of readdirSync(join(dir, sub))) files[`${sub}/${name}`] = readFileSync(join(dir, sub, name));
  }
  return files;
}
const values = (files: Record<string, Buffer>) =>
  Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))]));

describe('npm run data:format', PROCESS_TESTS, () => {
  it.each([
    ['the real data', REAL_DATA],
    ['the fictional catalogue', FIXTURE_CATALOGUE],
  ])('on a copy of %s: values unchanged, and a second run changes nothing', (_name, source) => {
    const dir = temporaryFolder('hulphub-format-');
    cpSync(join(source, 'providers'), join(dir, 'providers'), { recursive: true });
    cpSync(join(source, 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });
    const before = snapshot(dir);
    const first = run('data-format.ts', ['--data', dir]);
    expect(first.status).toBe(0);
    const once = snapshot(dir);
    expect(values(once)).toStrictEqual(values(before));

    const second = run('data-format.ts', ['--data', dir]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`0 opgemaakt, ${Object.keys(once).length} waren al in orde.`);
    expect(snapshot(dir)).toStrictEqual(once);
    expect(run('data-format.ts', ['--data', dir, '--check']).status).toBe(0);
  });

  it('--check lists the files that would change, exits with 1 and writes nothing', () => {
    const messy = `\uFEFF${JSON.stringify(exampleProvider(), null, 4)}`;
    const dir = writeDataFolder({});
    expect(run('data-format.ts', ['--data', dir]).status).toBe(0);
    writeFileSync(join(dir, 'providers', 'fictief-voorbeeld.json'), messy);
    const before = snapshot(dir);
    const result = run('data-format.ts', ['--check', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Niet in de vaste opmaak: .*providers\/fictief-voorbeeld\.json$/m);
    expect(result.stdout).toContain('1 bestand staat niet in de vaste opmaak. Voer npm run data:format uit.');
    expect(snapshot(dir)).toStrictEqual(before);

    // Then formatting writes the canonical text: byte-order mark gone, keys and layout as the checker wants.
    expect(run('data-format.ts', ['--data', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'providers', 'fictief-voorbeeld.json'), 'utf8')).toBe(
      fileText('providers/fictief-voorbeeld.json', exampleProvider()),
    );
  });

  it('leaves a file with broken JSON or a key written twice untouched, names file and line, and formats the others', () => {
    const broken = '{\n  "id": "kapot",\n  "name": "Kapot (testdata)",\n}\n';
    const twice = '{ "id": "twee-keer", "name": "A", "name": "B" }\n';
    const dir = writeDataFolder({
      'providers/kapot.json': broken,
      'providers/twee-keer.json': twice,
      'providers/fictief-voorbeeld.json': JSON.stringify(exampleProvider()),
    });
    const result = run('data-format.ts', ['--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FOUT {2}.*providers\/kapot\.json:4$/m);
    expect(result.stdout).toMatch(/^FOUT {2}.*providers\/twee-keer\.json:1$/m);
    expect(result.stdout).toContain('Het veld "name" staat twee keer in hetzelfde blok.');
    expect(result.stdout).toContain('2 bestanden niet aangeraakt: los eerst de fout hierboven op.');
    noStackTrace(result);
    expect(readFileSync(join(dir, 'providers', 'kapot.json'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'providers', 'twee-keer.json'), 'utf8')).toBe(twice);
    expect(readFileSync(join(dir, 'providers', 'fictief-voorbeeld.json'), 'utf8')).toBe(
      fileText('providers/fictief-voorbeeld.json', exampleProvider()),
    );
  });

  it('answers a mistake in the options in one Dutch line', () => {
    const result = run('data-format.ts', ['--data']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('Na --data hoort een waarde, bv. --data data');
  });
});

describe('npm run data:new', PROCESS_TESTS, () => {
  it.each([
    ['Fictieve Praatlijn 106', 'fictieve-praatlijn-106'],
    ['Fictief Huis Limburg – Jongeren', 'fictief-huis-limburg-jongeren'],
    ["Ça va? Fictief Jeugdhuis 't Hoekje", 'ca-va-fictief-jeugdhuis-t-hoekje'],
  ])('makes a file for %j named %s, in the canonical layout, and says what to do next', (name, id) => {
    const dir = writeDataFolder({});
    const result = run('data-new.ts', [name, '--data', dir]);
    expect(result.status).toBe(0);
    const path = join(dir, 'providers', `${id}.json`);
    expect(result.stdout).toContain(`Nieuw bestand: ${path}`);
    expect(result.stdout).toContain('Vul het bestand in, haal weg wat je niet weet, en voer npm run data:check uit.');
    const text = readFileSync(path, 'utf8');
    const written = JSON.parse(text);
    expect(written).toMatchObject({ id, name });
    expect(text).toBe(fileText(`providers/${id}.json`, written));

    // The example values are still in it, so the check refuses it until someone fills it in.
    const check = run('data-check.ts', ['--data', dir]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('komt uit het sjabloon');
  });

  it.each([
    ['an existing file', ['Fictief Voorbeeld'], 'bestaat al. Pas dat bestand aan, of kies een andere naam.'],
    ['an empty name', ['   '], 'De naam is leeg.'],
    ['no name', [], 'Geef de naam van de aanbieder. Schrijf zo: npm run data:new -- "Naam van de aanbieder"'],
    ['two names', ['Fictief', 'Nieuw'], 'Geef één naam, tussen aanhalingstekens.'],
    ['a name that is too long', ['x'.repeat(81)], 'De naam is 81 tekens lang; er passen er 80.'],
    ['a name without letters', ['?!'], 'Uit "?!" kan geen bestandsnaam gemaakt worden'],
  ])('refuses %s in one Dutch line and writes nothing', (_case, args, message) => {
    const dir = writeDataFolder({});
    const existing = join(dir, 'providers', 'fictief-voorbeeld.json');
    writeFileSync(existing, 'van iemand anders');
    const before = snapshot(dir);
    const result = run('data-new.ts', [...args, '--data', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    noStackTrace(result);
    expect(snapshot(dir)).toStrictEqual(before);
    expect(existsSync(join(dir, 'providers', 'fictief-voorbeeld.json'))).toBe(true);
  });
});
