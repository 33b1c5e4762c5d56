/**
 * Brings the files of a data folder into their canonical form (./canonical-json.ts): for
 * `npm run data:format` and for the checker's warning. A file that cannot be read safely (broken JSON,
 * a key written twice) is never rewritten: writing it from what could be read would drop a value.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { canonicalJson, FILE_SCHEMAS } from './canonical-json.ts';
import { explainSyntaxError } from './checks/catalogue-checks.ts';
import { readDataFolder, type FileProblem } from './data-folder.ts';
import type { JsonSource } from './json-source.ts';

/** The canonical text of a file as read, or why it is left as it is. */
export type Canonical = { ok: true; text: string } | { ok: false; problem: FileProblem };

export function canonicalText(source: JsonSource, schema: z.ZodType): Canonical {
  const [syntaxError] = source.syntaxErrors;
  if (syntaxError) {
    const { message, fix } = explainSyntaxError(source, syntaxError);
    return { ok: false, problem: { file: source.file, line: syntaxError.line, message, fix } };
  }
  const [keyProblem] = source.keyProblems;
  if (keyProblem) {
    return {
      ok: false,
      problem: {
        file: source.file,
        line: keyProblem.line,
        message:
          keyProblem.kind === 'duplicate'
            ? `Het veld "${keyProblem.key}" staat twee keer in hetzelfde blok.`
            : `"${keyProblem.key}" kan geen naam van een veld zijn.`,
        fix: `haal "${keyProblem.key}" weg of maak het juist; pas daarna kan de opmaak veilig, zonder een waarde te verliezen.`,
      },
    };
  }
  return { ok: true, text: canonicalJson(source.value, schema) };
}

export interface FormatResult {
  /** Files whose bytes differ from their canonical form (rewritten unless only checking). */
  changed: string[];
  /** Files already in canonical form. */
  unchanged: number;
  /** Files left untouched because they could not be read safely, with the reason. */
  refused: FileProblem[];
}

/**
 * Formats every provider file and the two vocabulary files of `dataDir`. With `write: false` nothing is
 * written: the result says which files would change.
 */
export function formatDataFolder(dataDir: string, { write }: { write: boolean }): FormatResult {
  const folder = readDataFolder(dataDir);
  const result: FormatResult = { changed: [], unchanged: 0, refused: [...folder.fileProblems] };
  const files: [JsonSource | undefined, string, z.ZodType][] = [
    ...folder.providers.map(({ source, fileId }): [JsonSource, string, z.ZodType] => [
      source,
      join(dataDir, 'providers', `${fileId}.json`),
      FILE_SCHEMAS.provider,
    ]),
    [folder.themes, join(dataDir, 'vocabulary', 'themes.json'), FILE_SCHEMAS.themes],
    [folder.municipalities, join(dataDir, 'vocabulary', 'municipalities.json'), FILE_SCHEMAS.municipalities],
  ];
  for (const [source, path, schema] of files) {
    if (!source) continue;
    const canonical = canonicalText(source, schema);
    if (!canonical.ok) {
      result.refused.push(canonical.problem);
      continue;
    }
    // Compared as bytes, so a byte-order mark (which the reader skips) counts as a change.
    const wanted = Buffer.from(canonical.text, 'utf8');
    if (readFileSync(path).equals(wanted)) {
      result.unchanged++;
      continue;
    }
    result.changed.push(source.file);
    if (write) writeFileSync(path, wanted);
  }
  return result;
}
