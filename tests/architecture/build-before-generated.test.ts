/**
 * `npm run data:build` writes src/generated/ (the bundled crisis lane). On a fresh clone those files do not
 * exist yet, so nothing the build runs may import them (or a module that does) as a value: CI once failed
 * on exactly that, after a helper moved into the module that imports the bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/test-paths.ts';

/** Files reachable from `entry` through imports that exist at run time (not `import type`). */
function valueImportsFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(?!type\b)[^'"]*?['"](\.[^'"]+)['"]/gm)) {
      const base = resolve(dirname(file), match[1]);
      const target = [base, `${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
      if (target && /\.(ts|tsx|json)$/.test(target)) {
        if (target.endsWith('.json')) seen.add(target);
        else visit(target);
      }
    }
  };
  visit(entry);
  return seen;
}

describe('the data build on a fresh clone', () => {
  it('never imports a generated file, directly or through another module', () => {
    const reached = [...valueImportsFrom(join(REPO_ROOT, 'scripts', 'data-build.ts'))].map((file) => file.slice(REPO_ROOT.length + 1));
    expect(reached).toContain('src/layout/static-shell.tsx');
    expect(reached.filter((file) => file.startsWith('src/generated/'))).toEqual([]);
  });
});
