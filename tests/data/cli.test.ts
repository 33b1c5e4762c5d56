/** The commands staff and CI run, as processes: exit codes, the closing count and GitHub annotations. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleProvider, REPO_ROOT, writeDataFolder } from '../helpers/data-folder.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'false', ...env } });

describe('npm run data:check', () => {
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
    expect(result.stdout).toContain('1 aanbieders gecontroleerd: 1 fout');
    expect(result.stdout).toMatch(/^::error file=.*fictief-voorbeeld\.json,line=\d+,title=Hulp HUB%3A channels\.website::De link begint met "javascript:"/m);
  });
});

describe('npm run data:build', () => {
  it('writes the catalogue and search index for good data', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hulphub-out-')), 'data');
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    execFileSync(TSX, ['--tsconfig', 'tsconfig.app.json', join(REPO_ROOT, 'scripts', 'data-build.ts'), '--data', dir, '--out', out], { cwd: REPO_ROOT });
    expect(existsSync(join(out, 'catalogue.json'))).toBe(true);
    expect(existsSync(join(out, 'search-index.json'))).toBe(true);
  });

  it('exits with an error and writes nothing for refused data', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hulphub-out-')), 'data');
    const dir = writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() });
    writeFileSync(join(dir, 'providers', 'kapot.json'), '{ "id": "kapot", }');
    const result = run('data-build.ts', ['--data', dir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('kapot.json');
    expect(existsSync(out)).toBe(false);
  });
});
