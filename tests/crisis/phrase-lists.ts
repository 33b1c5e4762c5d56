/** The crisis test lists in this folder: plain text, one phrasing a line, `#` starts a comment line. */
import { readFileSync } from 'node:fs';

export type PhraseList = 'crisis-phrasings' | 'ordinary-searches';

/** The phrasings of one list, without comments and blank lines. */
export function readPhraseList(name: PhraseList): string[] {
  return readFileSync(new URL(`./${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
