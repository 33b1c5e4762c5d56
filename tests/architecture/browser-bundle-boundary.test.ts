/**
 * The checker's libraries (zod ~95 KB, opening_hours ~114 KB, libphonenumber-js) must never reach the
 * browser. Vite only bundles what src/ imports, so no file in src/ may import them or anything in scripts/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/data-folder.ts';

const FORBIDDEN = ['zod', 'opening_hours', 'libphonenumber-js', 'jsonc-parser', 'node:'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the browser code in src/', () => {
  const files = sourceFiles(join(REPO_ROOT, 'src'));

  it('has source files to look at', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports none of the checker\'s libraries and nothing from scripts/', () => {
    const offending = files.flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      return imports
        .filter((specifier) => FORBIDDEN.some((name) => specifier === name || specifier.startsWith(`${name}/`) || (name === 'node:' && specifier.startsWith(name))) || specifier.includes('scripts/'))
        .map((specifier) => `${relative(REPO_ROOT, file)} imports ${specifier}`);
    });
    expect(offending).toEqual([]);
  });
});
