/** The browser code under a folder: its .ts and .tsx files, tests left out. For tests that read the code itself. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function browserSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return browserSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
