/**
 * Writing several files so that they change together: `data:build` (the catalogue, its search index and
 * the app's files, never out of step) and `data:import` (the provider files a spreadsheet changes).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every file next to its target, then renames them all into place. A write that fails (a full
 * disk) throws before any target is replaced; renaming within a folder does not run out of space.
 * Other files in the folders stay as they are.
 */
export function writeTogether(outputs: { dir: string; files: Record<string, string> }[]): void {
  const written: { temporary: string; target: string }[] = [];
  try {
    for (const { dir, files } of outputs) {
      for (const [name, content] of Object.entries(files)) {
        const target = join(dir, name);
        mkdirSync(dirname(target), { recursive: true });
        const temporary = `${target}.${process.pid}.tmp`;
        written.push({ temporary, target });
        writeFileSync(temporary, content);
      }
    }
    for (const { temporary, target } of written) renameSync(temporary, target);
  } finally {
    for (const { temporary } of written) rmSync(temporary, { force: true });
  }
}
