/**
 * Files the app bundles rather than downloads, written into src/generated/ (git-ignored):
 * - crisis-lane.json: the crisis lines and crisis words, so the lane and the crisis check work even
 *   when the catalogue cannot load;
 * - static-shell.html: the header and crisis lane as plain HTML, put into index.html, so they show
 *   before (and without) JavaScript.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Catalogue } from '../../src/catalogue/catalogue-types.ts';
import type { CrisisData } from '../../src/crisis/crisis-data.ts';
import { StaticShell } from '../../src/layout/static-shell.tsx';

export const GENERATED_DIR = 'src/generated';

export function crisisDataOf(catalogue: Catalogue): CrisisData {
  return {
    lines: catalogue.providers.filter((p) => p.crisisLane !== undefined).sort((a, b) => a.crisisLane! - b.crisisLane!),
    crisisPhrases: catalogue.crisisPhrases,
  };
}

/** Writes the bundled files; `dir` is src/generated unless a test says otherwise. */
export function writeGeneratedAppFiles(catalogue: Catalogue, dir = GENERATED_DIR): void {
  const crisis = crisisDataOf(catalogue);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'crisis-lane.json'), `${JSON.stringify(crisis, null, 2)}\n`);
  writeFileSync(join(dir, 'static-shell.html'), renderToStaticMarkup(createElement(StaticShell, { lines: crisis.lines })));
}
