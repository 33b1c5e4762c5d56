import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePathProblem } from './pages-base-path.ts';
import { REPO_ROOT } from '../tests/helpers/data-folder.ts';

const run = (env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(REPO_ROOT, 'tsconfig.app.json'),
      join(REPO_ROOT, 'scripts/pages-base-path.ts'),
    ],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );

describe('the base path check before publishing to GitHub Pages (build:pages)', () => {
  it('lets the build go on when Pages serves the site at the root of its domain', () => {
    const result = run({ PAGES_BASE_PATH: '' });
    expect(result.status, result.stderr).toBe(0);
  });

  it('stops when Pages would serve the site under a path, and says what to do', () => {
    const result = run({ PAGES_BASE_PATH: '/hulp-hub' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('GitHub Pages zet de site onder "/hulp-hub/"');
    expect(result.stderr).toContain('Custom domain');
  });

  it('accepts the root of a domain', () => {
    expect(basePathProblem(undefined)).toBeUndefined();
    expect(basePathProblem('')).toBeUndefined();
    expect(basePathProblem('/')).toBeUndefined();
    expect(basePathProblem('/hulp-hub')).toMatch(/<eigenaar>\.github\.io/);
  });
});
