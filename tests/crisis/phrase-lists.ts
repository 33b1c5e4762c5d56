/** The crisis test lists in this folder: plain text, one phrasing a line, `#` starts a comment line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PhraseList = 'crisis-phrasings' | 'ordinary-searches';

/** The phrasings of one list, without comments and blank lines. */
export function readPhraseList(name: PhraseList): string[] {
  // import.meta.dirname, not import.meta.url: under jsdom the URL is the dev server's, not the file's.
  return readFileSync(join(import.meta.dirname, `${name}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
