/** The commands staff and CI run, as processes: exit codes, the closing count and GitHub annotations. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(readdirSync(out).sort()).toEqual(['catalogue.json', 'details', 'search-index.json', 'van-iemand-anders.txt']);
    // One per provider: the example and the crisis lane's lines every data folder has.
    expect(readdirSync(join(out, 'details')).sort()).toEqual(readdirSync(join(dir, 'providers')).sort());
    for (const inside of [dir, join(dir, 'providers'), join(dir, '..')]) {
      const result = run('data-build.ts', ['--data', dir, '--out', inside]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('overlappen');
    }
    expect(readdirSync(join(dir, 'providers')).length).toBe(5);
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
