/**
 * The checker's libraries (zod ~95 KB, opening_hours ~114 KB, libphonenumber-js) must never reach the
 * browser. Vite only bundles what src/ imports, so no file in src/ may import them or anything in scripts/.
 * The one exception is `import type`: TypeScript erases it entirely (verbatimModuleSyntax), which is how
 * the catalogue's types come from the data schema. `import { type X }` is not erased (it still loads the
 * module), so it counts as an import.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/data-folder.ts';
import { browserSourceFiles } from '../helpers/source-files.ts';

const FORBIDDEN = ['zod', 'opening_hours', 'libphonenumber-js', 'jsonc-parser', 'node:'];

/** Whole `import type … from '…'` statements: erased before bundling, so they load nothing. */
const TYPE_ONLY_IMPORT = /^\s*import\s+type\s[^;]*?from\s*['"][^'"]+['"];?/gm;

/** What a file loads at run time: every specifier of a value import, a side-effect import or an import(). */
function loadedSpecifiers(code: string): string[] {
  return [...code.replace(TYPE_ONLY_IMPORT, '').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('the browser code in src/', () => {
  const files = browserSourceFiles(join(REPO_ROOT, 'src'));

  it('has source files to look at', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("imports none of the checker's libraries and nothing from scripts/", () => {
    const offending = files.flatMap((file) => {
      return loadedSpecifiers(readFileSync(file, 'utf8'))
        .filter(
          (specifier) =>
            FORBIDDEN.some(
              (name) => specifier === name || specifier.startsWith(`${name}/`) || (name === 'node:' && specifier.startsWith(name)),
            ) || specifier.includes('scripts/'),
        )
        .map((specifier) => `${relative(REPO_ROOT, file)} imports ${specifier}`);
    });
    expect(offending).toEqual([]);
  });

  it('tells type-only imports, which load nothing, from imports that load a module', () => {
    const code = [
      "import type { ProviderData } from '../../scripts/lib/provider-schema.ts';",
      'import type {\n  A,\n  B,\n} from "zod";',
      "import { type Check } from '../../scripts/lib/checks/check-context.ts';",
      "import { z } from 'zod';",
      "import '../../scripts/side-effect.ts';",
      "const later = () => import('opening_hours');",
    ].join('\n');
    expect(loadedSpecifiers(code)).toEqual([
      '../../scripts/lib/checks/check-context.ts',
      'zod',
      '../../scripts/side-effect.ts',
      'opening_hours',
    ]);
  });
});
