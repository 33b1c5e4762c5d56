/**
 * The build replaces its files together or not at all: when one file cannot be written (a full disk),
 * every other output keeps its previous content, so the catalogue, its search index and the app's
 * crisis lane never fall out of step.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/** Every file in the output folders with its content. */
const contents = (folders: string[]) =>
  Object.fromEntries(folders.flatMap((folder) => readdirSync(folder).map((name) => [join(folder, name), readFileSync(join(folder, name), 'utf8')])));

describe('data:build when a file cannot be written', () => {
  it.each(['search-index.json', 'catalogue.json', 'static-shell.html'])('leaves every output as it was when %s fails', (fileName) => {
    const work = temporaryFolder('hulphub-write-');
    const [out, generated] = [join(work, 'data'), join(work, 'generated')];
    const options = { log: () => {}, generatedDir: generated };
    expect(buildData(writeDataFolder({ 'providers/fictief-voorbeeld.json': exampleProvider() }), out, options).ok).toBe(true);
    const before = contents([out, generated]);
    expect(Object.keys(before)).toHaveLength(4);

    const changed = { ...exampleProvider(), name: 'Fictief Jongerenpunt, nieuwe naam (testdata)' };
    failing.fileName = fileName;
    try {
      expect(() => buildData(writeDataFolder({ 'providers/fictief-voorbeeld.json': changed }), out, options)).toThrow(/ENOSPC/);
    } finally {
      failing.fileName = undefined;
    }
    expect(contents([out, generated])).toEqual(before); // also: no temporary files left behind
  });
});
