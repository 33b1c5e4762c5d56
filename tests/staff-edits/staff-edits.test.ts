/**
 * The five staff edits that `npm run test:staff-edits` makes are themselves correct: the edited copy
 * passes every check, and each edit really changed the copy.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dateInBelgium } from '../../src/catalogue/staleness.ts';
import { checkDataFolder } from '../../scripts/lib/check-data.ts';
import { REAL_DATA } from '../helpers/data-folder.ts';
import { editedCopyOf, STAFF_EDITS } from './run-staff-edits.ts';

const { dir, changes } = editedCopyOf(REAL_DATA);
afterAll(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }));

describe('the five typical staff edits', () => {
  it('leave a catalogue that passes every check', () => {
    const result = checkDataFolder(dir, { today: dateInBelgium(new Date()) });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.providerCount).toBe(checkDataFolder(REAL_DATA, { today: dateInBelgium(new Date()) }).providerCount);
  });

  it('each change a different file of the copy, as described', () => {
    expect(changes).toHaveLength(STAFF_EDITS.length);
    const files = changes.map((change) => change.split(': ')[1]);
    expect(new Set(files).size).toBe(STAFF_EDITS.length);
    const read = (folder: string, file: string) =>
      JSON.parse(readFileSync(join(folder, 'providers', file), 'utf8')) as Record<string, unknown>;
    const [description, age, checked] = files.slice(0, 3).map((file) => [read(REAL_DATA, file), read(dir, file)] as const);
    expect(description[1].description).not.toEqual(description[0].description);
    expect(age[1].age).not.toEqual(age[0].age);
    expect(checked[1].verification).not.toEqual(checked[0].verification);
    expect(existsSync(join(dir, 'providers', files[3]))).toBe(true);
    expect(existsSync(join(REAL_DATA, 'providers', files[3]))).toBe(false);
    expect(existsSync(join(dir, 'providers', files[4]))).toBe(false);
  });
});
