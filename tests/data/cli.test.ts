/** The commands staff and CI run, as processes: exit codes, the closing count and GitHub annotations. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FILES } from '../../src/catalogue/open-data.ts';
import { exampleProvider, REPO_ROOT, temporaryFolder, writeDataFolder } from '../helpers/data-folder.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
/**
 * Each test starts the real commands as processes (several for one test). Starting tsx takes about a
 * second on an idle machine and over ten on a 2-core machine that is busy, so these get more time.
 */
const PROCESS_TESTS = { timeout: 180_000 };
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'false', ...env } });

describe('npm run data:check', PROCESS_TESTS, () => {
  it('passes on the real data and ends with the count of providers and of those to re-check', () => {
    const result = run('data-check.ts', []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\d+ aanbieders gecontroleerd: 0 fouten, \d+ waarschuwingen?\./);
    expect(result.stdout).toMatch(/\d+ aanbieders? moet(en)? opnieuw nagekeken worden/);
  });

  it('fails on a mistake and, on GitHub Actions, prints an annotation on the right line', () => {
    const provider = exampleProvider();
    (provider.channels as Record<string, unknown>).website = 'javascript:alert(1)';
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': provider });
    const result = run('data-check.ts', ['--data', dir], { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('5 aanbieders gecontroleerd: 1 fout');
    expect(result.stdout).toMatch(/^::error file=.*fictief-voorbeeld\.json,line=\d+,title=Hulp HUB%3A channels\.website::De link begint met "javascript:"/m);
  });
});

describe('the commands never end in a stack trace', PROCESS_TESTS, () => {
  it.each([
    [['--data'], 'Na --data hoort een waarde, bv. --data data'],
    [['--data', '--out'], 'Na --data hoort een waarde'],
    [['--dat', 'data'], '"--dat" is geen optie van dit commando'],
  ])('data:check %j', (args, message) => {
    const result = run('data-check.ts', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
  });

  it('names a data folder that does not exist', () => {
    const result = run('data-check.ts', ['--data', '/tmp/hulphub-bestaat-niet']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('De map "/tmp/hulphub-bestaat-niet" bestaat niet.');
  });

  it('keeps a value from hiding annotations in the CI log ("::stop-commands::")', () => {
    const provider: Record<string, unknown> = { ...exampleProvider(), name: 'Fictief\n::stop-commands::stil\n::notice::nep' };
    (provider.channels as Record<string, unknown>).website = 'javascript:alert(1)\n::error::nep';
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': provider });
    const result = run('data-check.ts', ['--data', dir], { GITHUB_ACTIONS: 'true' });
    const commandLines = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commandLines.length).toBeGreaterThanOrEqual(2);
    for (const line of commandLines) expect(line).toMatch(/^::(error|warning) file=/);
    expect(result.stdout).toContain('[U+000A]::stop-commands::stil');
  });
});

describe('npm run data:build', PROCESS_TESTS, () => {
  it('writes the catalogue and search index for good data', () => {
    const out = join(temporaryFolder('hulphub-out-'), 'data');
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    execFileSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', 'data-build.ts'), '--data', dir, '--out', out], { cwd: REPO_ROOT });
    expect(existsSync(join(out, 'catalogue.json'))).toBe(true);
    expect(existsSync(join(out, 'search-index.json'))).toBe(true);
  });

  it('replaces only its own files in --out, and never writes into the data folder', () => {
    const out = temporaryFolder('hulphub-out-');
    writeFileSync(join(out, 'van-iemand-anders.txt'), 'blijft staan');
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    expect(run('data-build.ts', ['--data', dir, '--out', out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['catalogue.json', 'details', 'open-data', 'search-index.json', 'van-iemand-anders.txt']);
    // One per provider: the example and the crisis lane's lines every data folder has.
    expect(readdirSync(join(out, 'details')).sort()).toEqual(readdirSync(join(dir, 'providers')).sort());
    for (const inside of [dir, join(dir, 'providers'), join(dir, '..')]) {
      const result = run('data-build.ts', ['--data', dir, '--out', inside]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('overlappen');
    }
    expect(readdirSync(join(dir, 'providers')).length).toBe(5);
  });

  it('publishes the open data the footer links: the spreadsheet without internal notes, and HSDS 3.0', () => {
    const out = temporaryFolder('hulphub-out-');
    const provider = { ...exampleProvider(), staffNote: 'Fictieve interne notitie die niet online mag.' };
    expect(run('data-build.ts', ['--data', writeDataFolder({ 'providers/fictief-voorbeeld.json': provider }), '--out', out]).status).toBe(0);
    const spreadsheet = readFileSync(join(out, OPEN_DATA_FILES.spreadsheet), 'utf8');
    expect(spreadsheet.startsWith('\uFEFF"Id";"Naam";')).toBe(true);
    expect(spreadsheet).toContain('"fictief-voorbeeld";"Fictief Jongerenpunt (testdata)"');
    expect(spreadsheet).not.toContain('Interne notitie');
    expect(spreadsheet).not.toContain('Fictieve interne notitie');
    const services = JSON.parse(readFileSync(join(out, OPEN_DATA_FILES.hsdsServices), 'utf8'));
    expect(services.map((service: { name: string }) => service.name)).toContain('Fictief Jongerenpunt (testdata)');
    expect(Object.keys(JSON.parse(readFileSync(join(out, OPEN_DATA_FILES.hsdsTables), 'utf8')))).toContain('service_at_location');
  });

  it('removes the details of a provider that is no longer in the data, and nothing else', () => {
    const out = temporaryFolder('hulphub-out-');
    writeFileSync(join(out, 'van-iemand-anders.txt'), 'blijft staan');
    expect(run('data-build.ts', ['--data', writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() }), '--out', out]).status).toBe(0);
    const renamed = exampleProvider('fictief-ander-punt');
    expect(run('data-build.ts', ['--data', writeDataFolder({ 'providers/fictief-ander-punt.json': renamed }), '--out', out]).status).toBe(0);
    const details = readdirSync(join(out, 'details'));
    expect(details).toContain('fictief-ander-punt.json');
    expect(details).not.toContain('fictief-voorbeeld.json');
    expect(readFileSync(join(out, 'van-iemand-anders.txt'), 'utf8')).toBe('blijft staan');
  });

  it('exits with an error and writes nothing for refused data', () => {
    const out = join(temporaryFolder('hulphub-out-'), 'data');
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    writeFileSync(join(dir, 'providers', 'kapot.json'), '{ "id": "kapot", }');
    const result = run('data-build.ts', ['--data', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('kapot.json');
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run data:export and data:import', PROCESS_TESTS, () => {
  it('round-trips a data folder through a spreadsheet, and says what it wrote', () => {
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    const csv = join(temporaryFolder('hulphub-csv-'), 'aanbieders.csv');
    const exported = run('data-export.ts', ['--data', dir, '--csv', csv]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('5 aanbieders geëxporteerd.');
    const imported = run('data-import.ts', ['--data', dir, '--csv', csv]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('0 aanbieders geschreven.');
    expect(imported.stdout).toContain('5 aanbieders onveranderd.');
  });

  it('refuses a spreadsheet with a mistake by row and column, writes nothing, and exits with 1', () => {
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    const before = readFileSync(join(dir, 'providers', 'fictief-voorbeeld.json'), 'utf8');
    const csv = join(temporaryFolder('hulphub-csv-'), 'aanbieders.csv');
    expect(run('data-export.ts', ['--data', dir, '--csv', csv]).status).toBe(0);
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('"pesten, somber"', '"pesten, fictief-thema"'));
    const result = run('data-import.ts', ['--data', dir, '--csv', csv]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FOUT {2}rij \d+, kolom "Thema's" {2}\(aanbieder "fictief-voorbeeld"\)/);
    expect(result.stdout).toContain('fictief-thema');
    expect(result.stdout).toContain('er is niets weggeschreven');
    expect(readFileSync(join(dir, 'providers', 'fictief-voorbeeld.json'), 'utf8')).toBe(before);
  });

  it.each([
    ['data-export.ts', [], 'npm run data:export -- --csv aanbieders.csv'],
    ['data-import.ts', [], 'npm run data:import -- --csv aanbieders.csv'],
    ['data-import.ts', ['--csv', '/tmp/hulphub-bestaat-niet.csv'], 'Kan /tmp/hulphub-bestaat-niet.csv niet lezen (ENOENT)'],
  ])('%s %j says how to call it, without a stack trace', (script, args, message) => {
    const result = run(script, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
  });

  it('refuses a spreadsheet Excel saved as "CSV" in Windows-1252 instead of UTF-8, naming the line', () => {
    const csv = join(temporaryFolder('hulphub-csv-'), 'aanbieders.csv');
    writeFileSync(csv, Buffer.from('Id;Naam\r\nfictief;Caf\xe9\r\n', 'latin1'));
    const result = run('data-import.ts', ['--data', writeDataFolder({}), '--csv', csv]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('regel 2');
    expect(result.stderr).toContain('CSV UTF-8');
  });

  it('exports nothing from data with errors', () => {
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    writeFileSync(join(dir, 'providers', 'kapot.json'), '{ "id": "kapot", }');
    const csv = join(temporaryFolder('hulphub-csv-'), 'aanbieders.csv');
    const result = run('data-export.ts', ['--data', dir, '--csv', csv, '--hsds', join(temporaryFolder(), 'hsds')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Niets geëxporteerd');
    expect(existsSync(csv)).toBe(false);
  });
});
