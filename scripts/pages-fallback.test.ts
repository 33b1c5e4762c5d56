import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePathProblem } from './pages-fallback.ts';
import { REPO_ROOT, temporaryFolder } from '../tests/helpers/data-folder.ts';

const run = (dist: string, env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(REPO_ROOT, 'tsconfig.app.json'),
      join(REPO_ROOT, 'scripts/pages-fallback.ts'),
      '--dist',
      dist,
    ],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );

describe('the 404 fallback for GitHub Pages (build:pages)', () => {
  it('copies index.html to 404.html, so every path of the site opens the app', () => {
    const dist = temporaryFolder('hulphub-dist-');
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Hulp HUB</title>');
    const result = run(dist, { PAGES_BASE_PATH: '' });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toBe('<!doctype html><title>Hulp HUB</title>');
  });

  it('stops, writing nothing, when Pages would serve the site under a path, and says what to do', () => {
    const dist = temporaryFolder('hulphub-dist-');
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    const result = run(dist, { PAGES_BASE_PATH: '/hulp-hub' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('GitHub Pages zet de site onder "/hulp-hub/"');
    expect(result.stderr).toContain('Custom domain');
    expect(existsSync(join(dist, '404.html'))).toBe(false);
  });

  it('accepts the root of a domain', () => {
    expect(basePathProblem(undefined)).toBeUndefined();
    expect(basePathProblem('')).toBeUndefined();
    expect(basePathProblem('/')).toBeUndefined();
    expect(basePathProblem('/hulp-hub')).toMatch(/<eigenaar>\.github\.io/);
  });

  it('says in one line when the site has not been built', () => {
    const result = run(temporaryFolder('hulphub-dist-'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/index\.html ontbreekt\. Bouw eerst de site: npm run build\./);
  });
});
