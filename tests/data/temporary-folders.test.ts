/** Folders the tests write are deleted after the test that wrote them: a full run leaves nothing in /tmp. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { temporaryFolder, writeDataFolder } from '../helpers/data-folder.ts';

const madeOutsideTests = temporaryFolder();
let madeInFirstTest: string[] = [];

describe('temporary folders', () => {
  it('exist during the test that made them', () => {
    madeInFirstTest = [temporaryFolder(), writeDataFolder({})];
    for (const folder of madeInFirstTest) expect(existsSync(folder)).toBe(true);
  });

  it('are gone after that test; one made outside a test stays until the file is done', () => {
    expect(madeInFirstTest).toHaveLength(2);
    for (const folder of madeInFirstTest) expect(existsSync(folder)).toBe(false);
    expect(existsSync(madeOutsideTests)).toBe(true);
  });
});
