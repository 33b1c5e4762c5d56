/**
 * The build replaces its files together or not at all: when one file cannot be written (a full disk),
 * every other output keeps its previous content, so the catalogue, its search index, the providers'
 * details and the app's crisis lane never fall out of step.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildData } from '../../scripts/data-build.ts';
import { exampleProvider, temporaryFolder, writeDataFolder } from '../helpers/data-folder.ts';

const failing = vi.hoisted(() => ({ fileName: undefined as string | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (path, ...rest) => {
    if (failing.fileName && String(path).includes(`${failing.fileName}.`)) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: 'ENOSPC' });
    }
    return fs.writeFileSync(path, ...rest);
  };
  return { ...fs, writeFileSync, default: { ...fs, writeFileSync } };
});

/** Every file in the output folders (and the folders in them) with its content. */
const contents = (folders: string[]): Record<string, string> =>
  Object.fromEntries(
    folders.flatMap((folder) =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? Object.entries(contents([path])) : [[path, readFileSync(path, 'utf8')]];
      }),
    ),
  );

describe('data:build when a file cannot be written', () => {
  it.each(['search-index.json', 'catalogue.json', 'fictief-voorbeeld.json', 'static-shell.html'])('leaves every output as it was when %s fails', (fileName) => {
    const work = temporaryFolder('hulphub-write-');
    const [out, generated] = [join(work, 'data'), join(work, 'generated')];
    const options = { log: () => {}, generatedDir: generated };
    expect(buildData(writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() }), out, options).ok).toBe(true);
    const before = contents([out, generated]);
    // The catalogue, the search index and each provider's details; the crisis lane and the static shell.
    expect(Object.keys(before)).toEqual(expect.arrayContaining([join(out, 'details', 'fictief-voorbeeld.json'), join(generated, 'static-shell.html')]));

    const changed = { ...exampleProvider(), name: 'Fictief Jongerenpunt, nieuwe naam (testdata)', description: { nl: 'Nieuw (testdata).' } };
    const data = writeDataFolder({ 'providers/fictief-voorbeeld.json': changed });
    failing.fileName = fileName;
    try {
      expect(() => buildData(data, out, options)).toThrow(/ENOSPC/);
    } finally {
      failing.fileName = undefined;
    }
    expect(contents([out, generated])).toEqual(before); // also: no temporary files left behind
  });
});
